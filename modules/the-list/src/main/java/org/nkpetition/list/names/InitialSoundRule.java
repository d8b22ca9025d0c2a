package org.nkpetition.list.names;

/**
 * The initial-sound rule (두음법칙) South Korea applies at the start of a name part and North Korea
 * does not: ㄹ or ㄴ before ㅣ or a y-vowel drops (리 → 이, 녀 → 여, 류 → 유), ㄹ before another vowel
 * becomes ㄴ (로 → 노, 라 → 나). Both writings are the same name.
 */
final class InitialSoundRule {
    private InitialSoundRule() {
    }

    /** Whether two syllables are one syllable written with and without the rule (or equal). */
    static boolean sameSyllable(char a, char b) {
        if (a == b) {
            return true;
        }
        if (!Hangul.isSyllable(a) || !Hangul.isSyllable(b)) {
            return false;
        }
        return southern(a) == southern(b);
    }

    /** The syllable as South Korea writes it at the start of a name part. */
    static char southern(char syllable) {
        Hangul.Syllable s = Hangul.decompose(syllable);
        int initial = s.initial();
        if (initial == Hangul.R || initial == Hangul.N) {
            if (takesY(s.medial())) {
                initial = Hangul.NG;
            } else if (initial == Hangul.R) {
                initial = Hangul.N;
            }
        }
        return Hangul.compose(initial, s.medial(), s.last());
    }

    /** ㅣ and the vowels that start with a y sound. */
    static boolean takesY(int medial) {
        return medial == Hangul.I || medial == Hangul.YA || medial == Hangul.YAE || medial == Hangul.YEO
                || medial == Hangul.YE || medial == Hangul.YO || medial == Hangul.YU;
    }
}
