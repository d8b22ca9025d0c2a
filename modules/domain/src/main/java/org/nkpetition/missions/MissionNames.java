package org.nkpetition.missions;

import java.util.Objects;
import org.nkpetition.domain.Language;

/**
 * A mission's name in the missions file's languages (columns name_en, name_ko, name_es); any other language,
 * and an empty Korean or Spanish name, falls back to English.
 */
public record MissionNames(String en, String ko, String es) {
    public MissionNames {
        Objects.requireNonNull(en);
        ko = ko == null ? "" : ko;
        es = es == null ? "" : es;
    }

    /** The name in {@code language}, else in English. */
    public String in(Language language) {
        String name = language.equals(Language.KO) ? ko : language.equals(Language.ES) ? es : en;
        return name.isEmpty() ? en : name;
    }
}
