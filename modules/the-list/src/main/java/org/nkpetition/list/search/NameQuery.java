package org.nkpetition.list.search;

import java.text.Normalizer;
import java.util.List;
import org.nkpetition.list.names.NameReading;
import org.nkpetition.list.names.NameReadings;
import org.nkpetition.list.names.WrittenName;

/**
 * A name to search for, checked: at least 2 Hangul syllables (or 2 Chinese characters) or 3 Latin
 * letters, so that a query cannot list everyone, and at most {@link #MAX_LENGTH} characters. Mixed
 * scripts count in proportion: "김 Ri" (half of 2 syllables and two thirds of 3 letters) is enough.
 * Letters are counted after folding (NFKC and case: {@link WrittenName#of}), so the full-width
 * "ＫＩＭ" is three Latin letters.
 */
public final class NameQuery {
    public static final int MAX_LENGTH = 100;
    public static final int MIN_HANGUL_SYLLABLES = 2;
    public static final int MIN_LATIN_LETTERS = 3;
    public static final int MIN_OTHER_LETTERS = 2;

    /** Why a query text cannot be searched for. */
    public enum Refusal {
        MISSING, TOO_SHORT, TOO_LONG
    }

    /** A query text that cannot be searched for; carries no part of the text. */
    public static final class RefusedException extends RuntimeException {
        private final Refusal refusal;

        RefusedException(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private final String text;
    private final WrittenName written;
    private final List<NameReading> readings;

    private NameQuery(String text, WrittenName written) {
        this.text = text;
        this.written = written;
        this.readings = NameReadings.ofQuery(written);
    }

    public static NameQuery parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RefusedException(Refusal.MISSING);
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new RefusedException(Refusal.TOO_LONG);
        }
        WrittenName written = WrittenName.of(text);
        double enough = (double) written.hangulSyllables() / MIN_HANGUL_SYLLABLES
                + (double) written.latinLetters() / MIN_LATIN_LETTERS + (double) written.otherLetters() / MIN_OTHER_LETTERS;
        if (enough < 1) {
            throw new RefusedException(Refusal.TOO_SHORT);
        }
        return new NameQuery(text, written);
    }

    /** The query as searched for (NFC, trimmed). */
    public String text() {
        return text;
    }

    List<NameReading> readings() {
        return readings;
    }

    /**
     * Written as one word ("Seol-hwa", "Kimsongho"). Only then may a given name alone be one typo
     * away: read as a given name, a query of several words would let a surname's letter count as
     * the typo ("Lee Sung-ho" is not a mistyped "Sungho").
     */
    boolean isOneWord() {
        return written.words().size() == 1;
    }

    /** Typos are forgiven only in Latin queries: in Hangul a "typo" is usually another name. */
    boolean forgivesTypos() {
        return written.isLatinOnly();
    }
}
