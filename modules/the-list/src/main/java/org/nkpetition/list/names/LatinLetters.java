package org.nkpetition.list.names;

import java.text.Normalizer;

/**
 * Latin text reduced to the letters a–z: case folded, diacritics dropped (ŏ → o, ŭ → u, é → e),
 * apostrophes, hyphens and anything else removed. "Ch'oe" and "choe", "Sŏl-ju" and "soljU" agree.
 */
final class LatinLetters {
    private LatinLetters() {
    }

    public static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            } else {
                letters.append(ligature(c));
            }
        }
        return letters.toString();
    }

    /** Letters NFD does not split into a base letter and a mark. */
    private static String ligature(char c) {
        return switch (c) {
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'đ', 'ð' -> "d";
            case 'ł' -> "l";
            case 'ß' -> "ss";
            case 'ı' -> "i";
            default -> "";
        };
    }

    /** Whether the code point is a letter of the Latin script (with or without diacritics). */
    public static boolean isLatinLetter(int codePoint) {
        return Character.isLetter(codePoint) && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
    }
}
