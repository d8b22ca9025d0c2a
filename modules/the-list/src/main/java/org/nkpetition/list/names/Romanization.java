package org.nkpetition.list.names;

import static org.nkpetition.list.names.Hangul.B;
import static org.nkpetition.list.names.Hangul.CH;
import static org.nkpetition.list.names.Hangul.D;
import static org.nkpetition.list.names.Hangul.G;
import static org.nkpetition.list.names.Hangul.H;
import static org.nkpetition.list.names.Hangul.I;
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
import static org.nkpetition.list.names.Hangul.WI;

import org.nkpetition.list.names.Hangul.FinalSound;
import org.nkpetition.list.names.Hangul.Syllable;

/**
 * The ways Korean names reach THE LIST in Latin letters, each a function of the Hangul. Names are
 * romanized syllable by syllable (no sound changes between syllables beyond voicing), the way
 * passports, NGOs and news agencies write them.
 */
public enum Romanization {
    /** Revised Romanization (South Korea, 2000): fixed letters, no context: "Bak Dong-gu", "Ri Seol-ju". */
    REVISED("rr", new String[] {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
        "wo", "we", "wi", "yu", "eu", "ui", "i"}),
    /** McCune–Reischauer with breves and apostrophes: "Pak Tong-gu", "Ch'oe Ryong-hae", "Ri Sŏl-ju". */
    MCCUNE_REISCHAUER("mr", new String[] {"a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo",
        "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i"}),
    /** McCune–Reischauer as usually typed, without breves and apostrophes: "Ch'oe" → "Choe", "Sŏl" → "Sol". */
    MCCUNE_REISCHAUER_PLAIN("mr-plain", null),
    /**
     * As North Korean sources (KCNA) write names: each syllable a word, ㅓ/ㅡ as o/u, ㅈ always j,
     * aspirates with h, initial ㄹ kept: "Pak Tong Gu", "Thae Yong Ho", "Ri Sol Ju".
     */
    NORTH_KOREAN("nk", new String[] {"a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u",
        "wo", "we", "wi", "yu", "u", "ui", "i"});

    private static final String[] RR_INITIALS = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j",
        "jj", "ch", "k", "t", "p", "h"};

    private final String code;
    private final String[] vowels;

    Romanization(String code, String[] vowels) {
        this.code = code;
        this.vowels = vowels;
    }

    /** A short name for the system ("rr", "mr", "mr-plain", "nk"). */
    public String code() {
        return code;
    }

    /**
     * A Hangul name in this system: surname, then the given name (hyphenated, or in North Korean
     * style one capitalised word per syllable). Characters that are not Hangul syllables are skipped.
     */
    public String romanize(String surname, String given) {
        String family = capitalise(word(surname));
        if (given.isEmpty()) {
            return family;
        }
        String separator = this == NORTH_KOREAN ? " " : "-";
        StringBuilder name = new StringBuilder(family).append(family.isEmpty() ? "" : " ");
        boolean first = true;
        FinalSound previous = null;
        for (int i = 0; i < given.length(); i++) {
            char c = given.charAt(i);
            if (!Hangul.isSyllable(c)) {
                continue;
            }
            Syllable syllable = Hangul.decompose(c);
            String letters = syllable(syllable, previous);
            if (first) {
                name.append(capitalise(letters));
            } else {
                name.append(separator).append(this == NORTH_KOREAN ? capitalise(letters) : letters);
            }
            first = false;
            previous = syllable.finalSound();
        }
        return name.toString();
    }

    /** One word (a surname, a given name) as lower-case letters run together: "solju", "ch'oe". */
    public String word(String hangul) {
        StringBuilder letters = new StringBuilder();
        FinalSound previous = null;
        for (int i = 0; i < hangul.length(); i++) {
            char c = hangul.charAt(i);
            if (!Hangul.isSyllable(c)) {
                continue;
            }
            Syllable syllable = Hangul.decompose(c);
            letters.append(syllable(syllable, previous));
            previous = syllable.finalSound();
        }
        return letters.toString();
    }

    /** A syllable's letters; {@code previous} is the final sound before it in the word, null at the word's start. */
    String syllable(Syllable syllable, FinalSound previous) {
        if (this == MCCUNE_REISCHAUER_PLAIN) {
            return plain(MCCUNE_REISCHAUER.syllable(syllable, previous));
        }
        return initial(syllable, previous) + vowels[syllable.medial()] + finalLetters(syllable.finalSound());
    }

    private String initial(Syllable syllable, FinalSound previous) {
        int initial = syllable.initial();
        if (initial == R) {
            // ㄹ after ㄹ is an l in every system (설리 → seolli); elsewhere these names keep the r.
            return previous == FinalSound.L ? "l" : "r";
        }
        if (this == REVISED) {
            return RR_INITIALS[initial];
        }
        boolean voiced = previous != null && previous.voicesNext();
        boolean northKorean = this == NORTH_KOREAN;
        return switch (initial) {
            case G -> voiced ? "g" : "k";
            case D -> voiced ? "d" : "t";
            case B -> voiced ? "b" : "p";
            case J -> voiced || northKorean ? "j" : "ch";
            case JJ -> northKorean ? "jj" : "tch";
            case CH -> northKorean ? "ch" : "ch'";
            case K -> northKorean ? "kh" : "k'";
            case T -> northKorean ? "th" : "t'";
            case P -> northKorean ? "ph" : "p'";
            case S -> !northKorean && (syllable.medial() == I || syllable.medial() == WI) ? "sh" : "s";
            case KK -> "kk";
            case TT -> "tt";
            case PP -> "pp";
            case SS -> "ss";
            case N -> "n";
            case M -> "m";
            case H -> "h";
            case NG -> "";
            default -> throw new IllegalArgumentException("No initial consonant " + initial);
        };
    }

    /** The Revised Romanization of an initial consonant at the start of a word (ㄹ as r, ㅇ as nothing). */
    static String revisedInitial(int initial) {
        return RR_INITIALS[initial];
    }

    /** This system's spelling of a vowel (by its Unicode index); McCune–Reischauer as typed for the plain variant. */
    String vowel(int medial) {
        return this == MCCUNE_REISCHAUER_PLAIN ? plain(MCCUNE_REISCHAUER.vowels[medial]) : vowels[medial];
    }

    static String finalLetters(FinalSound sound) {
        return switch (sound) {
            case NONE -> "";
            case K -> "k";
            case N -> "n";
            case T -> "t";
            case L -> "l";
            case M -> "m";
            case P -> "p";
            case NG -> "ng";
        };
    }

    /** McCune–Reischauer as typed on an ordinary keyboard. */
    static String plain(String letters) {
        return letters.replace("ŏ", "o").replace("ŭ", "u").replace("Ŏ", "O").replace("Ŭ", "U").replace("'", "");
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
