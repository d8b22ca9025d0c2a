package org.nkpetition.list.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A name as written, split into words: at spaces and punctuation, and where the script changes
 * ("김Sol" is two words). Hyphens and apostrophes join ("Seol-ju", "Ch'oe"): given names are
 * written "Seol-ju", "Seol Ju" and "Seolju", and all three are one given name to the matcher.
 *
 * @param commaAfterFirst written "Surname, Given": the order is then known
 */
public record WrittenName(List<NameWord> words, boolean commaAfterFirst) {
    /** Marks a hyphen inside a word while it is read; never a letter of any script. */
    private static final char HYPHEN = '-';

    public WrittenName {
        words = List.copyOf(words);
    }

    /**
     * Splits a name into words. The text is first folded: NFKC, so that compatibility forms are the
     * letters they stand for (full-width ＬＥＥ, the ideographic space, full-width hyphens, Hangul
     * typed as separate letters), then case-folded.
     */
    public static WrittenName of(String text) {
        String name = fold(text);
        List<NameWord> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        Script script = null;
        boolean commaAfterFirst = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c) && !isLoneJamo(c)) {
                Script current = Script.of(c);
                if (script != null && current != script) {
                    add(words, word, script);
                }
                script = current;
                word.appendCodePoint(c);
            } else if (isMark(c)) {
                if (word.length() > 0) {
                    word.appendCodePoint(c);
                }
            } else if (isHyphen(c)) {
                if (word.length() > 0) {
                    word.append(HYPHEN);
                }
            } else if (!isApostrophe(c)) {
                add(words, word, script);
                commaAfterFirst |= c == ',' && words.size() == 1;
                script = null;
            }
        }
        add(words, word, script);
        return new WrittenName(words, commaAfterFirst);
    }

    /** NFKC, then upper- and lower-casing (Locale.ROOT): Java's nearest to full case folding (ß → ss). */
    static String fold(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return Normalizer.normalize(compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** Letter counts for the minimum query length: Hangul syllables and Latin letters. */
    public int hangulSyllables() {
        return words.stream().filter(w -> w.script() == Script.HANGUL).mapToInt(w -> w.letters().length()).sum();
    }

    public int latinLetters() {
        return words.stream().filter(w -> w.script() == Script.LATIN).mapToInt(w -> w.letters().length()).sum();
    }

    public int otherLetters() {
        return words.stream().filter(w -> w.script() == Script.HAN || w.script() == Script.OTHER)
                .mapToInt(w -> w.letters().codePointCount(0, w.letters().length())).sum();
    }

    public boolean isLatinOnly() {
        return !words.isEmpty() && words.stream().allMatch(w -> w.script() == Script.LATIN);
    }

    private static void add(List<NameWord> words, StringBuilder word, Script script) {
        if (word.length() == 0) {
            return;
        }
        String text = word.toString();
        word.setLength(0);
        List<String> pieces = new ArrayList<>();
        for (String piece : text.split(String.valueOf(HYPHEN))) {
            String letters = switch (script) {
                case HANGUL, HAN -> piece;
                case LATIN -> LatinLetters.of(piece);
                case OTHER -> piece.toLowerCase(Locale.ROOT);
            };
            if (!letters.isEmpty()) {
                pieces.add(letters);
            }
        }
        if (!pieces.isEmpty()) {
            words.add(new NameWord(script, String.join("", pieces), pieces));
        }
    }

    /** A Hangul letter outside a syllable (ㄱ, ㅏ): no name is written so; it separates like punctuation. */
    private static boolean isLoneJamo(int c) {
        return !Hangul.isSyllable(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Hyphens, ASCII and typographic: "Seol-ju" is one given name. */
    private static boolean isHyphen(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }

    /** Apostrophes, including McCune–Reischauer's aspiration mark as typed: "Ch'oe" is one word. */
    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`';
    }
}
