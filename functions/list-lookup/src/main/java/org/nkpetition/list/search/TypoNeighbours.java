package org.nkpetition.list.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indexed keys one typo away from a query's, found through one-letter deletions (the SymSpell
 * idea) instead of by comparing with every key: an inserted letter, a dropped one, a replaced one
 * or two swapped ones leave the two keys with a deletion in common.
 */
final class TypoNeighbours {
    private static final String[] NONE = new String[0];

    private final Set<String> keys;
    /** A key with one letter deleted → the keys it came from. */
    private final Map<String, String[]> byDeletion;

    private TypoNeighbours(Set<String> keys, Map<String, String[]> byDeletion) {
        this.keys = keys;
        this.byDeletion = byDeletion;
    }

    static TypoNeighbours of(Collection<String> keys) {
        Map<String, List<String>> byDeletion = new HashMap<>();
        for (String key : keys) {
            for (String deletion : deletions(key)) {
                byDeletion.computeIfAbsent(deletion, d -> new ArrayList<>(1)).add(key);
            }
        }
        Map<String, String[]> frozen = new HashMap<>(byDeletion.size() * 4 / 3 + 1);
        byDeletion.forEach((deletion, from) -> frozen.put(deletion, from.toArray(String[]::new)));
        return new TypoNeighbours(Set.copyOf(keys), frozen);
    }

    /** The indexed keys exactly one typo from {@code key} (not the key itself). */
    Set<String> of(String key) {
        Set<String> candidates = new LinkedHashSet<>();
        addAll(candidates, byDeletion.getOrDefault(key, NONE));
        for (String deletion : deletions(key)) {
            if (keys.contains(deletion)) {
                candidates.add(deletion);
            }
            addAll(candidates, byDeletion.getOrDefault(deletion, NONE));
        }
        candidates.removeIf(candidate -> !EditDistance.oneApart(key, candidate));
        return candidates;
    }

    private static void addAll(Set<String> set, String[] values) {
        for (String value : values) {
            set.add(value);
        }
    }

    private static Set<String> deletions(String key) {
        Set<String> deletions = new HashSet<>(key.length() * 2);
        for (int i = 0; i < key.length(); i++) {
            deletions.add(key.substring(0, i) + key.substring(i + 1));
        }
        return deletions;
    }
}
