package org.nkpetition.missions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of diplomatic mission receives a delivery; the CSV codes are the lower-case names below. */
public enum MissionKind {
    EMBASSY("embassy"),
    CONSULATE_GENERAL("consulate-general"),
    CONSULATE("consulate");

    private final String code;

    MissionKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The kind for a CSV code ("embassy", "consulate-general", "consulate"), case-insensitive; empty otherwise. */
    public static Optional<MissionKind> fromCode(String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.code.equals(wanted)).findFirst();
    }
}
