package org.nkpetition.missions;

import java.util.Objects;
import org.nkpetition.domain.Language;

/** A mission's name in the campaign's languages; Korean and Spanish fall back to English when empty. */
public record MissionNames(String en, String ko, String es) {
    public MissionNames {
        Objects.requireNonNull(en);
        ko = ko == null ? "" : ko;
        es = es == null ? "" : es;
    }

    /** The name in {@code language}, else in English. */
    public String in(Language language) {
        String name = switch (language) {
            case KO -> ko;
            case ES -> es;
            default -> en;
        };
        return name.isEmpty() ? en : name;
    }
}
