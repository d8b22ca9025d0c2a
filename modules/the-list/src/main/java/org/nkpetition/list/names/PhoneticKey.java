package org.nkpetition.list.names;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A coarse sound key that every common spelling of a Korean name shares, so that the name is found
 * however it was written. Latin letters become sound classes, and the distinctions romanization
 * systems disagree on are dropped:
 * <ul>
 * <li>plain, tense and aspirated stops merge (g/k/kk/kh, d/t/th, b/p/ph, j/ch/tch);</li>
 * <li>ㅓ, ㅗ, ㅜ, ㅡ merge (eo, ŏ, o, u, eu, ŭ, oo, ou: "Jeong", "Jong", "Jung"), as do ㅐ/ㅔ and
 * ㅢ/ㅣ (ui, ee, i: "Hui", "Hee");</li>
 * <li>r and l merge, and a silent h after a vowel goes ("Ahn", "Oh", "Suh");</li>
 * <li>the initial-sound rule: at the start of a name part, r/n before i or y drops and r before
 * another vowel becomes n (리/이, 류/유, 림/임, 녀/여, 로/노, 라/나); r before y drops inside
 * a name too (렬/열), and y before i (Yi/I);</li>
 * <li>t before ch/j goes: McCune–Reischauer writes ㅅ+ㅈ as "tch", like ㅉ.</li>
 * </ul>
 * Hangul gets its keys through its Revised Romanization, so Hangul and Latin meet in one key
 * space. The keys are for finding candidates; ranking looks at the actual letters.
 *
 * <p>Where syllables divide changes how letters group ("haeun" reads ha-eun or hae-un; "deokhui"
 * has a "kh"), so a name part has two keys: that of its letters run together, and the keys of
 * its pieces (syllables, or the words and hyphenated pieces its writer separated) joined. Two
 * spellings match when any of their keys agree.
 */
public final class PhoneticKey {
    private PhoneticKey() {
    }

    /** The key of a name part written in Latin letters (already reduced by {@link LatinLetters}). */
    public static String ofLatin(String letters) {
        StringBuilder sounds = new StringBuilder(letters.length());
        int i = 0;
        int n = letters.length();
        while (i < n) {
            char c = letters.charAt(i);
            if (isVowel(c)) {
                i += vowel(letters, i, sounds);
            } else if (c == 'h') {
                boolean afterVowel = i > 0 && isVowel(letters.charAt(i - 1));
                boolean beforeVowel = i + 1 < n && isVowelOrGlide(letters.charAt(i + 1));
                if (!afterVowel || beforeVowel) {
                    sounds.append('H');
                }
                i++;
            } else {
                i += consonant(letters, i, sounds);
            }
        }
        return tidy(sounds);
    }

    /**
     * How many vowel sounds the letters hold, digraphs counted once (eo, ae, oo, ui …): roughly the
     * syllables. Keys merge a doubled vowel sound ("Ryeo-u" and "Nyo" share one), this does not.
     */
    public static int vowelSounds(String letters) {
        StringBuilder ignored = new StringBuilder();
        int count = 0;
        for (int i = 0; i < letters.length(); ) {
            if (isVowel(letters.charAt(i))) {
                count++;
                i += vowel(letters, i, ignored);
            } else {
                i++;
            }
        }
        return count;
    }

    /** The keys of a Latin name part written in pieces (words or hyphenated parts, letters only). */
    public static Set<String> ofLatinPieces(List<String> pieces) {
        Set<String> keys = new LinkedHashSet<>(2);
        keys.add(ofLatin(String.join("", pieces)));
        if (pieces.size() > 1) {
            StringBuilder joined = new StringBuilder();
            pieces.forEach(piece -> joined.append(ofLatin(piece)));
            keys.add(collapse(joined));
        }
        return keys;
    }

    /**
     * The keys of a name part written in Hangul: its Revised Romanization run together and
     * syllable by syllable (which every romanization system shares), and where passports
     * habitually spell a syllable differently enough to change the key (우 as "woo"), that spelling.
     */
    public static Set<String> ofHangul(String hangul) {
        Set<String> keys = new LinkedHashSet<>(3);
        keys.add(ofLatin(Romanization.REVISED.word(hangul)));
        StringBuilder bySyllable = new StringBuilder();
        for (int i = 0; i < hangul.length(); i++) {
            bySyllable.append(ofLatin(Romanization.REVISED.word(hangul.substring(i, i + 1))));
        }
        keys.add(collapse(bySyllable));
        keys.add(ofLatin(passportSpelling(hangul)));
        return keys;
    }

    private static String passportSpelling(String hangul) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < hangul.length(); i++) {
            char c = hangul.charAt(i);
            if (!Hangul.isSyllable(c)) {
                continue;
            }
            Hangul.Syllable syllable = Hangul.decompose(c);
            String rr = Romanization.REVISED.word(String.valueOf(c));
            if (syllable.initial() == Hangul.NG && syllable.medial() == Hangul.U) {
                rr = "w" + rr;
            }
            letters.append(rr);
        }
        return letters.toString();
    }

    private static int vowel(String letters, int i, StringBuilder sounds) {
        if (letters.startsWith("eui", i)) {
            sounds.append('I');
            return 3;
        }
        if (i + 1 < letters.length()) {
            switch (letters.substring(i, i + 2)) {
                case "eo", "eu", "oo", "ou" -> {
                    sounds.append('O');
                    return 2;
                }
                case "oe", "oi" -> {
                    sounds.append("WE");
                    return 2;
                }
                case "ae", "ai" -> {
                    sounds.append('E');
                    return 2;
                }
                case "ee", "ui" -> {
                    sounds.append('I');
                    return 2;
                }
                default -> {
                }
            }
        }
        sounds.append(switch (letters.charAt(i)) {
            case 'a' -> 'A';
            case 'e' -> 'E';
            case 'i' -> 'I';
            default -> 'O';
        });
        return 1;
    }

    private static int consonant(String letters, int i, StringBuilder sounds) {
        if (letters.startsWith("tch", i)) {
            sounds.append('C');
            return 3;
        }
        if (i + 1 < letters.length()) {
            char digraph = switch (letters.substring(i, i + 2)) {
                case "ch" -> 'C';
                case "sh" -> 'S';
                case "ng" -> 'G';
                case "kh", "ck" -> 'K';
                case "th" -> 'T';
                case "ph" -> 'P';
                case "rh" -> 'L';
                default -> 0;
            };
            if (digraph != 0) {
                sounds.append(digraph);
                return 2;
            }
        }
        sounds.append(switch (letters.charAt(i)) {
            case 'j' -> 'C';
            case 's' -> 'S';
            case 'k', 'g', 'c', 'q' -> 'K';
            case 't', 'd' -> 'T';
            case 'p', 'b' -> 'P';
            case 'r', 'l' -> 'L';
            case 'y' -> 'Y';
            case 'w' -> 'W';
            default -> Character.toUpperCase(letters.charAt(i));
        });
        return 1;
    }

    /** Doubled sounds merge; then the glide rules, t before ch, and the initial-sound rule. */
    private static String tidy(StringBuilder sounds) {
        String key = collapse(sounds);
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            char next = i + 1 < key.length() ? key.charAt(i + 1) : 0;
            if (c == 'Y' && next == 'I' || c == 'L' && next == 'Y' || c == 'T' && next == 'C') {
                continue;
            }
            out.append(c);
        }
        if (out.length() > 1) {
            char first = out.charAt(0);
            char second = out.charAt(1);
            if ((first == 'L' || first == 'N') && (second == 'I' || second == 'Y')) {
                out.deleteCharAt(0);
            } else if (first == 'L' && isVowelSound(second)) {
                out.setCharAt(0, 'N');
            }
        }
        return collapse(out);
    }

    private static String collapse(CharSequence sounds) {
        StringBuilder out = new StringBuilder(sounds.length());
        for (int i = 0; i < sounds.length(); i++) {
            char c = sounds.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isVowelOrGlide(char c) {
        return isVowel(c) || c == 'y' || c == 'w';
    }

    private static boolean isVowelSound(char c) {
        return c == 'A' || c == 'E' || c == 'O' || c == 'W';
    }
}
