package org.nkpetition.list.entry;

import java.util.Map;
import java.util.Optional;
import org.nkpetition.domain.Language;

/**
 * A short text (a place) in up to three languages. Shown in the language asked for, else in
 * English, else in whichever language there is (Korean before Spanish): a place known only in
 * Korean is still worth showing on an English page.
 *
 * @param texts non-blank texts by language; may be empty
 */
public record LocalizedText(Map<Language, String> texts) {
    private static final LocalizedText NONE = new LocalizedText(Map.of());

    public LocalizedText {
        texts = texts.isEmpty() ? Map.of() : Map.copyOf(texts);
    }

    public static LocalizedText none() {
        return NONE;
    }

    /** An English text only (the import format's single value). */
    public static LocalizedText english(String text) {
        return new LocalizedText(Map.of(Language.DEFAULT, text));
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The text written in this very language, if any (no fallback). */
    public Optional<String> get(Language language) {
        return Optional.ofNullable(texts.get(language));
    }

    /** The text for a reader of {@code language}, with the language it is in; empty when there is none. */
    public Optional<Map.Entry<Language, String>> in(Language language) {
        if (texts.containsKey(language)) {
            return Optional.of(Map.entry(language, texts.get(language)));
        }
        if (texts.containsKey(Language.DEFAULT)) {
            return Optional.of(Map.entry(Language.DEFAULT, texts.get(Language.DEFAULT)));
        }
        for (Language other : ListLanguages.ALL) {
            if (texts.containsKey(other)) {
                return Optional.of(Map.entry(other, texts.get(other)));
            }
        }
        return Optional.empty();
    }
}
