package org.nkpetition.devserver;

import java.nio.charset.StandardCharsets;

/**
 * Puts a request target's path or query in the percent-encoded form API Gateway hands to functions
 * in {@code rawPath} and {@code rawQueryString}.
 *
 * <p>Clients such as curl send non-ASCII characters raw (UTF-8 bytes) in the request line; API
 * Gateway accepts them, and its events carry URI text, where they are percent-encoded. So every
 * character that may not appear as it is in a URI path or query (RFC 3986: anything outside
 * unreserved, sub-delims, {@code :@/?}) is written as the {@code %XX} escapes of its UTF-8 bytes.
 * Escapes the client already sent ({@code %EB%B0%95}) are kept exactly, so raw and percent-encoded
 * forms of one URL give the same event; a {@code %} not followed by two hex digits is escaped as
 * {@code %25}.
 */
final class RequestTarget {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private RequestTarget() {
    }

    /**
     * @param raw the path or query as the server decoded the request line's bytes (UTF-8), or null
     * @return the same text with every character RFC 3986 does not allow there percent-encoded; ""
     *         for null
     */
    static String encode(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); ) {
            int codePoint = raw.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (codePoint == '%') {
                boolean escape = i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2));
                out.append(escape ? "%" : "%25");
            } else if (allowed(codePoint)) {
                out.append((char) codePoint);
            } else {
                byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                for (byte b : bytes) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            i += width;
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    /** RFC 3986 pchar plus "/" and "?": unreserved, sub-delims, ":" and "@". */
    private static boolean allowed(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
    }
}
