package org.nkpetition.list.names;

import static org.nkpetition.list.names.Hangul.B;
import static org.nkpetition.list.names.Hangul.CH;
import static org.nkpetition.list.names.Hangul.D;
import static org.nkpetition.list.names.Hangul.G;
import static org.nkpetition.list.names.Hangul.H;
import static org.nkpetition.list.names.Hangul.J;
import static org.nkpetition.list.names.Hangul.JJ;
import static org.nkpetition.list.names.Hangul.K;
import static org.nkpetition.list.names.Hangul.KK;
import static org.nkpetition.list.names.Hangul.M;
import static org.nkpetition.list.names.Hangul.N;
import static org.nkpetition.list.names.Hangul.NG;
import static org.nkpetition.list.names.Hangul.P;
import static org.nkpetition.list.names.Hangul.PP;
import static org.nkpetition.list.names.Hangul.R;
import static org.nkpetition.list.names.Hangul.S;
import static org.nkpetition.list.names.Hangul.SS;
import static org.nkpetition.list.names.Hangul.T;
import static org.nkpetition.list.names.Hangul.TT;

import org.nkpetition.list.names.Hangul.FinalSound;
import org.nkpetition.list.names.Hangul.Syllable;

/**
 * Whether Latin letters spell a Hangul name part, letter for letter: each initial consonant, vowel
 * and final consonant has the spellings romanization systems (Revised, McCune–Reischauer, North
 * Korean), passports (Kyung, Soo, Hee, Young, Woo) and pronunciation across syllables (liaison,
 * nasalisation, ㄹ+ㅎ as "rh") give it, and the letters must be exactly a concatenation of one
 * spelling per slot. A silent h may follow any vowel (Ahn, Oh, Suh).
 *
 * <p>Runs as a set of reachable positions in a 64-bit mask per slot: no allocation, a few hundred
 * operations for a name part.
 */
final class LatinSpelling {
    private static final int MAX_LETTERS = 62;

    // Vowels in Unicode order (Hangul.A … Hangul.I).
    private static final String[][] VOWELS = {
        {"a"}, {"ae", "ai", "e", "ay"}, {"ya"}, {"yae", "ye"}, {"eo", "o", "u", "ou", "eu"}, {"e", "ae"},
        {"yeo", "yo", "yu", "you"}, {"ye", "yei"}, {"o"}, {"wa", "oa"}, {"wae", "wai", "we"},
        {"oe", "oi", "we", "wae", "oy"}, {"yo"}, {"u", "oo", "ou"}, {"wo", "weo", "wu", "uo", "wou"}, {"we", "ue"},
        {"wi", "wee", "ui"}, {"yu", "yoo", "you", "iu"}, {"eu", "u", "ue", "e", "oo"},
        {"ui", "eui", "ee", "i", "ei", "uy", "wi"}, {"i", "ee", "ie"},
    };
    private static final String[] NONE = {""};
    private static final String[] YEO_ALONE = {"yeo", "yo", "you"};

    private LatinSpelling() {
    }

    static boolean spells(String hangul, String letters) {
        if (letters.length() > MAX_LETTERS || hangul.isEmpty()) {
            return false;
        }
        long reachable = 1L;
        FinalSound previous = null;
        for (int i = 0; i < hangul.length() && reachable != 0; i++) {
            char c = hangul.charAt(i);
            if (!Hangul.isSyllable(c)) {
                return false;
            }
            Syllable syllable = Hangul.decompose(c);
            reachable = step(reachable, letters, initials(syllable, i == 0, previous));
            reachable = step(reachable, letters, vowels(syllable));
            reachable |= step(reachable, letters, new String[] {"h"});
            reachable = step(reachable, letters, finals(syllable.finalSound()));
            previous = syllable.finalSound();
        }
        return (reachable & (1L << letters.length())) != 0;
    }

    private static long step(long reachable, String letters, String[] spellings) {
        long next = 0;
        for (int at = 0; at <= letters.length(); at++) {
            if ((reachable & (1L << at)) == 0) {
                continue;
            }
            for (String spelling : spellings) {
                if (letters.startsWith(spelling, at)) {
                    next |= 1L << (at + spelling.length());
                }
            }
        }
        return next;
    }

    /** ㅕ after a consonant is "yu" in passports (Hyun, Kyung, Myung); without one it is Yeon or Young, not Yun (윤). */
    private static String[] vowels(Syllable syllable) {
        if (syllable.medial() == Hangul.YEO && syllable.initial() == NG) {
            return YEO_ALONE;
        }
        return VOWELS[syllable.medial()];
    }

    private static String[] initials(Syllable syllable, boolean first, FinalSound previous) {
        boolean y = InitialSoundRule.takesY(syllable.medial());
        boolean afterConsonant = previous != null && previous != FinalSound.NONE;
        return switch (syllable.initial()) {
            case G -> new String[] {"g", "k"};
            case KK -> new String[] {"kk", "gg", "k", "g"};
            case N -> first && y ? new String[] {"n", ""} : previous == FinalSound.L ? new String[] {"n", "l"} : new String[] {"n"};
            case D -> new String[] {"d", "t"};
            case TT -> new String[] {"tt", "dd", "t", "d"};
            case R -> first && y ? new String[] {"r", "l", "n", ""} : new String[] {"r", "l", "n"};
            case M -> new String[] {"m"};
            case B -> new String[] {"b", "p"};
            case PP -> new String[] {"pp", "bb", "p", "b"};
            case S -> new String[] {"s", "sh"};
            case SS -> new String[] {"ss", "s", "sh"};
            // ㅇ is silent; passports write 우 "Woo"; after a consonant, ㄴ may be inserted (국영: gungnyeong).
            // (이 as "Yi" is a surname's spelling: the surname table has it.)
            case NG -> afterConsonant && y ? new String[] {"", "n"} : syllable.medial() == Hangul.U ? new String[] {"", "w"} : NONE;
            case J -> new String[] {"j", "ch"};
            case JJ -> new String[] {"jj", "tch", "ch", "j"};
            case CH -> new String[] {"ch", "chh", "c"};
            case K -> new String[] {"k", "kh"};
            case T -> new String[] {"t", "th"};
            case P -> new String[] {"p", "ph", "f"};
            // ㅎ after a consonant is often not written (pronounced into the consonant before it).
            case H -> afterConsonant ? new String[] {"h", ""} : new String[] {"h"};
            default -> NONE;
        };
    }

    private static String[] finals(FinalSound sound) {
        return switch (sound) {
            case NONE -> NONE;
            case K -> new String[] {"k", "g", "ng"};
            case N -> new String[] {"n", "l", "m"};
            case T -> new String[] {"t", "d", "s", "n", "j", "ch", ""};
            case L -> new String[] {"l", "r", "ll"};
            case M -> new String[] {"m"};
            case P -> new String[] {"p", "b", "m"};
            case NG -> new String[] {"ng"};
        };
    }
}
