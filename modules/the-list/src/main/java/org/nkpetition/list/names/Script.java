package org.nkpetition.list.names;

/** The writing a name word is in; each is matched its own way. */
public enum Script {
    /** Hangul syllables: romanized to meet Latin spellings. */
    HANGUL,
    /** Chinese characters (Hanja, or a Chinese rendering): matched as written. */
    HAN,
    /** Latin letters, any romanization: matched by sound key. */
    LATIN,
    /** Anything else with letters (Cyrillic, …): matched as written, case folded. */
    OTHER;

    static Script of(int codePoint) {
        if (Hangul.isSyllable(codePoint)) {
            return HANGUL;
        }
        if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
            return HAN;
        }
        if (LatinLetters.isLatinLetter(codePoint)) {
            return LATIN;
        }
        return OTHER;
    }
}
