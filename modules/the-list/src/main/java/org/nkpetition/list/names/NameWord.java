package org.nkpetition.list.names;

import java.util.List;

/**
 * One word of a written name, reduced to what matching compares: Hangul syllables, Chinese
 * characters, Latin letters a–z, or other letters case folded.
 *
 * @param pieces the letters of each hyphen-separated piece ("Seol-ju" → seol, ju); one piece for
 *     a word without hyphens. Where a writer breaks a name tells how its syllables divide.
 */
public record NameWord(Script script, String letters, List<String> pieces) {
    public NameWord {
        pieces = List.copyOf(pieces);
    }

    /** Written with a hyphen inside ("Seol-ju"): a given name, never a surname. */
    public boolean joined() {
        return pieces.size() > 1;
    }
}
