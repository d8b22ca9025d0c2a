package org.nkpetition.list.names;

/**
 * Whether two writings of a name part are the same name syllable for syllable, which sound keys
 * alone cannot tell: keys merge ㅗ and ㅜ, and drop doubled sounds, so "Woo" meets 오 and 리일
 * meets 일. A match in the full-match band needs this finer test on both name parts.
 *
 * <ul>
 * <li>Hangul with Hangul: the same syllables, one for one; the first may differ by the
 * initial-sound rule (리/이, 녀/여, 로/노).</li>
 * <li>Latin letters with Hangul: the letters can be cut into one spelling per letter of each
 * syllable, from the spellings the romanization systems, passports and pronunciation use
 * ({@link LatinSpelling}). Every syllable must be accounted for, and every letter.</li>
 * </ul>
 * Latin with Latin is not decided here (the sound keys are what two Latin spellings share).
 */
public final class Correspondence {
    private Correspondence() {
    }

    /** Two Hangul name parts: the same syllables, the first one compared under the initial-sound rule. */
    public static boolean sameHangul(String query, String listed) {
        if (query.length() != listed.length() || query.isEmpty()) {
            return query.equals(listed);
        }
        for (int i = 0; i < query.length(); i++) {
            char a = query.charAt(i);
            char b = listed.charAt(i);
            if (a != b && !(i == 0 && InitialSoundRule.sameSyllable(a, b))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether Latin letters (a–z, as {@link LatinLetters} leaves them) spell the Hangul name part
     * in some plausible romanization. False for letters longer than 60 (no name part is).
     */
    public static boolean latinSpellsHangul(String letters, String hangul) {
        return LatinSpelling.spells(hangul, letters);
    }
}
