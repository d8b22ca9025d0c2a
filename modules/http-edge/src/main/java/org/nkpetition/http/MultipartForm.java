package org.nkpetition.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the text fields of a multipart/form-data body (RFC 7578), which RFC 8058 recommends for
 * one-click unsubscribe POSTs. Only what a form field can be: parts with a {@code name} and no
 * {@code filename}; files are skipped. Total and lenient: a body it cannot read yields the fields
 * read so far (possibly none), never an exception, because the one-click token travels in the
 * URL and the body adds nothing the request needs.
 */
public final class MultipartForm {
    private static final int MAX_PARTS = 50;

    private MultipartForm() {
    }

    /** The fields by name (a repeated name keeps its last value), UTF-8 decoded. */
    public static Map<String, String> parse(byte[] body, String boundary) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || boundary == null || boundary.isEmpty() || boundary.length() > 200) {
            return fields;
        }
        // ISO-8859-1 maps each byte to one char, so offsets here are byte offsets.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        int at = text.indexOf(delimiter);
        for (int parts = 0; at >= 0 && parts < MAX_PARTS; parts++) {
            int start = at + delimiter.length();
            if (text.startsWith("--", start)) {
                break;
            }
            int next = text.indexOf("\r\n" + delimiter, start);
            if (next < 0) {
                break;
            }
            part(text.substring(start, next)).ifPresent(field -> fields.put(field[0], field[1]));
            at = next + 2;
        }
        return fields;
    }

    /** {name, value} of one part, or empty when it is a file or has no readable name. */
    private static Optional<String[]> part(String part) {
        String content = part.startsWith("\r\n") ? part.substring(2) : part;
        int blank = content.indexOf("\r\n\r\n");
        if (blank < 0) {
            return Optional.empty();
        }
        String name = null;
        for (String header : content.substring(0, blank).split("\r\n")) {
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).strip().equalsIgnoreCase("content-disposition")) {
                String value = header.substring(colon + 1);
                if (HeaderValues.parameter(value, "filename").isPresent()) {
                    return Optional.empty();
                }
                name = HeaderValues.parameter(value, "name").orElse(null);
            }
        }
        if (name == null) {
            return Optional.empty();
        }
        byte[] value = content.substring(blank + 4).getBytes(StandardCharsets.ISO_8859_1);
        String fieldName = new String(name.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return Optional.of(new String[] {fieldName, new String(value, StandardCharsets.UTF_8)});
    }
}
