package org.nkpetition.list.entry;

import java.util.Optional;

/** F, M or X, as the import file spells it. */
public enum Gender {
    F, M, X;

    public static Optional<Gender> fromCode(String code) {
        for (Gender gender : values()) {
            if (gender.name().equals(code)) {
                return Optional.of(gender);
            }
        }
        return Optional.empty();
    }
}
