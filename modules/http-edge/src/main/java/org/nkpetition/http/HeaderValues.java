package org.nkpetition.http;

import java.util.Locale;
import java.util.Optional;

/**
 * Readers for the header values the functions look at (Content-Type, Accept). Every method is
 * total: any string, {@code null} included, gives an answer and never throws, because a header is
 * whatever a client, a proxy or a scanner chose to send (RFC 9110 grammar is a hope, not a fact).
 */
public final class HeaderValues {
    /** Parameters and ranges looked at in one header; more is noise, not a client's intent. */
    private static final int MAX_ITEMS = 50;

    private HeaderValues() {
    }

    /**
     * The media type of a Content-Type value without its parameters, lower-cased
     * ({@code "application/json"}), or "" when there is none or it is not of the form type/subtype.
     */
    public static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        if (slash <= 0 || slash == type.length() - 1 || type.indexOf('/', slash + 1) >= 0 || !isToken(type.replace("/", ""))) {
            return "";
        }
        return type;
    }

    /**
     * A parameter of a Content-Type value ({@code boundary}, {@code charset}), unquoted; empty when
     * absent or unreadable. Names compare case-insensitively (RFC 9110 section 5.6.6).
     */
    public static Optional<String> parameter(String contentType, String name) {
        if (contentType == null) {
            return Optional.empty();
        }
        String[] parts = contentType.split(";", MAX_ITEMS + 1);
        for (int i = 1; i < parts.length && i <= MAX_ITEMS; i++) {
            String part = parts[i].strip();
            int equals = part.indexOf('=');
            if (equals <= 0 || !part.substring(0, equals).strip().equalsIgnoreCase(name)) {
                continue;
            }
            String value = part.substring(equals + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
        return Optional.empty();
    }

    /**
     * Whether an Accept value lists this exact media type with a weight above zero
     * ({@code "text/html,application/xhtml+xml;q=0.9"} accepts text/html; {@code "text/html;q=0"}
     * does not). Wildcards do not count: a client sending only {@code *}{@code /*} gets JSON.
     */
    public static boolean accepts(String accept, String mediaType) {
        if (accept == null) {
            return false;
        }
        String[] ranges = accept.split(",", MAX_ITEMS + 1);
        for (int r = 0; r < ranges.length && r < MAX_ITEMS; r++) {
            String[] pieces = ranges[r].split(";", MAX_ITEMS + 1);
            if (pieces.length == 0 || !pieces[0].strip().equalsIgnoreCase(mediaType)) {
                continue;
            }
            boolean zero = false;
            for (int i = 1; i < pieces.length && i < MAX_ITEMS; i++) {
                String parameter = pieces[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
                if (parameter.startsWith("q=")) {
                    String weight = parameter.substring(2);
                    zero = weight.matches("0(\\.0{0,3})?");
                }
            }
            if (!zero) {
                return true;
            }
        }
        return false;
    }

    /** RFC 9110 token characters (for a type and a subtype). */
    private static boolean isToken(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
