package org.nkpetition.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Strings as people and attackers type them: any UTF-16 code unit (unpaired surrogates
 * included), and strings built from the characters that break text handling (combining marks,
 * decomposed Hangul, bidi controls, zero-width characters, full-width forms, separators).
 */
public final class UnicodeArbitraries {
    /** Characters that have broken text handling somewhere. */
    public static final String TRICKY = "aZ09 .,;:=+-@'\"\t\r\n\\%&<>/*?"
            + "\u0301\u0308\u0327\u1100\u1161\u11A8\uAC00\u3131" // combining marks, conjoining jamo, Hangul
            + "\u200B\u200C\u200D\u2060\uFEFF\u00AD\u034F\u115F\u3164\uFE0F"  // invisible
            + "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C" // bidi
            + "\uFF1D\uFF0B\uFF0D\uFF20\uFF21\uFF41\u3000\u00A0\u2028\u2029\u0085" // full-width, spaces
            + "\u05D0\u05E9\u0627\u0644\u0645\uFB01\u00DF\u03C2\u0130\u0131\uFFFD\uD800\uDC00";

    private UnicodeArbitraries() {
    }

    /** Any string up to 60 code units, half the time of arbitrary UTF-16, half of tricky characters. */
    public static Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars(TRICKY.toCharArray()).ofMaxLength(60),
                Arbitraries.strings().withCharRange('\u0000', '\u07FF').ofMaxLength(60));
    }
}
