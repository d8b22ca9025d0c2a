package org.nkpetition.signature;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.nkpetition.text.UnicodeText;

/** How a signer's name appears in the lists delivered to embassies. */
public enum DisplayName {
    FULL, INITIALS, ANONYMOUS;

    /** Signers can be targeted for signing; unless they choose otherwise, deliver only initials. */
    public static final DisplayName DEFAULT = INITIALS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DisplayName> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
    }

    /**
     * The name as delivered: the full name, its initials ("Kim Min-ji" → "K. M."), or nothing.
     * Always in NFC, even for a name stored before names were normalised on the way in, so a
     * decomposed Hangul name shows as syllables and its initial is a syllable, not a lone jamo.
     */
    public Optional<String> render(String name) {
        return switch (this) {
            case FULL -> Optional.of(UnicodeText.nfc(name));
            case ANONYMOUS -> Optional.empty();
            case INITIALS -> Optional.of(initials(name));
        };
    }

    /** The first user-perceived character (grapheme: a letter with its accents, a Hangul syllable) of each word. */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : UnicodeText.nfc(name).strip().split("[\\s\\-]+")) {
            if (!word.isEmpty()) {
                if (initials.length() > 0) {
                    initials.append(' ');
                }
                BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
                graphemes.setText(word);
                int end = graphemes.next();
                String first = word.substring(0, end == BreakIterator.DONE ? word.length() : end);
                int base = first.codePointAt(0);
                initials.appendCodePoint(Character.toUpperCase(base)).append(first, Character.charCount(base), first.length())
                        .append('.');
            }
        }
        return UnicodeText.nfc(initials.toString());
    }
}
