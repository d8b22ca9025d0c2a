package org.nkpetition.text;

/**
 * Characters that draw nothing or silently change how the text around them is ordered: bidi
 * controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C), zero-width and other format
 * characters (general category Cf: U+200B, U+2060, U+FEFF, soft hyphen, tag characters ...),
 * control characters (Cc), line and paragraph separators, unpaired surrogates, and the
 * default-ignorable fillers and selectors that render as nothing (Hangul fillers U+115F, U+1160,
 * U+3164, U+FFA0, the combining grapheme joiner, variation selectors, Mongolian selectors).
 *
 * <p>Why: a name made of them looks empty or like someone else's; a right-to-left override in a
 * name reverses the roster line around it in the HTML report. Names and cities refuse them
 * ({@link #firstIn}); free text (comments) keeps them but is isolated wherever it is shown.
 *
 * <p>One exception, for scripts that need them: the zero-width non-joiner and joiner
 * (U+200C, U+200D) between two letters of a non-Latin script (Persian, Arabic, Indic names
 * are spelled with them). Between Latin letters they are only a way to make a look-alike.
 */
public final class InvisibleCharacters {
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private InvisibleCharacters() {
    }

    /** Whether this code point, on its own, is invisible or a bidi/format control (see the class comment). */
    public static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT
                || type == Character.CONTROL
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0
                || codePoint == 0x034F
                || codePoint == 0x17B4 || codePoint == 0x17B5
                || (codePoint >= 0x180B && codePoint <= 0x180F)
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    /**
     * The index of the first invisible character of a one-line field, allowing ZWNJ/ZWJ between
     * two non-Latin letters; -1 when there is none.
     */
    public static int firstIn(String text) {
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (isInvisible(codePoint)) {
                boolean joiner = codePoint == ZWNJ || codePoint == ZWJ;
                int following = next < text.length() ? text.codePointAt(next) : -1;
                if (!(joiner && joinsScript(previous) && joinsScript(following))) {
                    return i;
                }
            }
            previous = codePoint;
            i = next;
        }
        return -1;
    }

    /** Whether the text holds an invisible character anywhere (no exceptions), ignoring the given allowed ones. */
    public static boolean anyIn(String text, String allowed) {
        return text.codePoints().anyMatch(c -> isInvisible(c) && allowed.indexOf(c) < 0);
    }

    /** The text without any invisible character but those allowed: for drawing, where they have no glyph. */
    public static String removeFrom(String text, String allowed) {
        if (!anyIn(text, allowed)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isInvisible(c) || allowed.indexOf(c) >= 0).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean joinsScript(int codePoint) {
        if (codePoint < 0 || !(Character.isLetter(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK
                || Character.getType(codePoint) == Character.COMBINING_SPACING_MARK)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                && script != Character.UnicodeScript.UNKNOWN;
    }
}
