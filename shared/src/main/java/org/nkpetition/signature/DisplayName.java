package org.nkpetition.signature;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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

    /** The name as delivered: the full name, its initials ("Kim Min-ji" → "K. M."), or nothing. */
    public Optional<String> render(String name) {
        return switch (this) {
            case FULL -> Optional.of(name);
            case ANONYMOUS -> Optional.empty();
            case INITIALS -> Optional.of(initials(name));
        };
    }

    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.trim().split("[\\s\\-]+")) {
            if (!word.isEmpty()) {
                if (initials.length() > 0) {
                    initials.append(' ');
                }
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0))).append('.');
            }
        }
        return initials.toString();
    }
}
