package org.nkpetition.list.entry;

import java.util.Arrays;
import java.util.Optional;

/** What is known of a listed person's situation, as the import file and the API spell it. */
public enum EntryStatus {
    DETAINED("detained"),
    REPATRIATED("repatriated"),
    RELEASED("released"),
    THIRD_COUNTRY("third-country"),
    DECEASED("deceased"),
    UNKNOWN("unknown");

    private final String code;

    EntryStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The key of this status's words in the language bundles. */
    public String messageKey() {
        return "list_status_" + code.replace('-', '_');
    }

    public static Optional<EntryStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(EntryStatus::code).toList());
    }
}
