package org.nkpetition.list.names;

/**
 * Hangul syllables decompose arithmetically (Unicode 3.12): a precomposed syllable is
 * {@code 0xAC00 + (initial × 21 + medial) × 28 + final}, so no table or library is needed to get
 * at the letters (jamo) a romanization is made of.
 */
public final class Hangul {
    static final int FIRST = 0xAC00;
    static final int LAST = 0xD7A3;
    static final int MEDIALS = 21;
    static final int FINALS = 28;

    // Initial consonants, in Unicode order.
    static final int G = 0, KK = 1, N = 2, D = 3, TT = 4, R = 5, M = 6, B = 7, PP = 8, S = 9, SS = 10, NG = 11,
            J = 12, JJ = 13, CH = 14, K = 15, T = 16, P = 17, H = 18;
    // Vowels, in Unicode order.
    static final int A = 0, AE = 1, YA = 2, YAE = 3, EO = 4, E = 5, YEO = 6, YE = 7, O = 8, WA = 9, WAE = 10,
            OE = 11, YO = 12, U = 13, WO = 14, WE = 15, WI = 16, YU = 17, EU = 18, UI = 19, I = 20;

    /** The sound a final consonant (batchim) is pronounced as at the end of a syllable. */
    enum FinalSound {
        NONE, K, N, T, L, M, P, NG;

        /** After a vowel, n, l, m or ng a plain consonant is voiced (g, d, b, j rather than k, t, p, ch). */
        boolean voicesNext() {
            return this != K && this != T && this != P;
        }
    }

    // For each of the 28 finals (0 = none): ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
    private static final FinalSound[] FINAL_SOUNDS = {
        FinalSound.NONE, FinalSound.K, FinalSound.K, FinalSound.K, FinalSound.N, FinalSound.N, FinalSound.N,
        FinalSound.T, FinalSound.L, FinalSound.K, FinalSound.M, FinalSound.L, FinalSound.L, FinalSound.L,
        FinalSound.P, FinalSound.L, FinalSound.M, FinalSound.P, FinalSound.P, FinalSound.T, FinalSound.T,
        FinalSound.NG, FinalSound.T, FinalSound.T, FinalSound.K, FinalSound.T, FinalSound.P, FinalSound.T,
    };

    /** One syllable's letters: initial consonant, vowel and final consonant indices (final 0 = none). */
    record Syllable(int initial, int medial, int last) {
        FinalSound finalSound() {
            return FINAL_SOUNDS[last];
        }
    }

    private Hangul() {
    }

    public static boolean isSyllable(int codePoint) {
        return codePoint >= FIRST && codePoint <= LAST;
    }

    static Syllable decompose(char syllable) {
        int index = syllable - FIRST;
        return new Syllable(index / (MEDIALS * FINALS), index % (MEDIALS * FINALS) / FINALS, index % FINALS);
    }

    static char compose(int initial, int medial, int last) {
        return (char) (FIRST + (initial * MEDIALS + medial) * FINALS + last);
    }
}
