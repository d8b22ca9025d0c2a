package org.nkpetition.list.search;

import java.util.Set;
import org.nkpetition.list.names.NamePart;

/**
 * A surname or given name as the index keeps it, once however many people share it: the part as
 * written, its sound keys (which find it), its spellings (which rank it) and its id in the
 * {@link SpellingIndex} of its kind.
 */
final class IndexedPart {
    final int id;
    final NamePart part;
    final String[] keys;
    /** Shared between parts with the same spellings: a search scores each set once. */
    final Set<String> spellings;

    IndexedPart(int id, NamePart part, String[] keys, Set<String> spellings) {
        this.id = id;
        this.part = part;
        this.keys = keys;
        this.spellings = spellings;
    }

    boolean hasAnyKey(Set<String> candidates) {
        for (String key : keys) {
            if (candidates.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
