package org.nkpetition.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The project's one Unicode normalisation. Text is <em>stored and shown</em> in NFC (so the same
 * name typed on a Mac, on Windows or on a phone is the same string, and Hangul is syllables, not
 * loose jamo); it is <em>compared</em> through {@link #fold}, a compatibility folding used only
 * for keys and matching, never for what is kept or displayed.
 *
 * <p>Every method is total: any string (including unpaired surrogates) gives a result.
 */
public final class UnicodeText {
    private UnicodeText() {
    }

    /**
     * NFC, with unpaired surrogates (which no encoding can store) replaced by U+FFFD.
     * Idempotent: {@code nfc(nfc(s)).equals(nfc(s))}. {@code null} stays {@code null}.
     */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        String whole = wellFormed(text);
        return Normalizer.isNormalized(whole, Normalizer.Form.NFC) ? whole : Normalizer.normalize(whole, Normalizer.Form.NFC);
    }

    /**
     * The key form for matching: NFKC (full-width letters, ligatures and compatibility forms become
     * their plain letters), lower-cased, and NFKC again because lower-casing can un-normalise.
     * For keys only: "ﬁ" and "fi", "ＡＢＣ" and "abc" fold to the same key.
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String once = Normalizer.normalize(wellFormed(text), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(once, Normalizer.Form.NFKC);
    }

    /** Whether the text holds an unpaired surrogate (half of a character: a broken client or an attack). */
    public static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String wellFormed(String text) {
        if (!hasUnpairedSurrogate(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
