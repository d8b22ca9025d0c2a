package org.nkpetition.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nkpetition.i18n.Message;
import org.nkpetition.text.UnicodeText;

/**
 * The fields of a POST body, JSON object or HTML form alike, as strings. Anything else, anything
 * malformed and anything over {@link #MAX_BODY_BYTES} is refused with a 4xx before it reaches the domain.
 * Names and values come out in NFC ({@link UnicodeText#nfc}): this is the edge for body text.
 */
public final class RequestFields {
    public static final int MAX_BODY_BYTES = 16 * 1024;
    public static final String JSON = "application/json";
    public static final String FORM = "application/x-www-form-urlencoded";
    public static final String MULTIPART = "multipart/form-data";

    private RequestFields() {
    }

    public static boolean isForm(HttpRequest request) {
        return FORM.equals(request.mediaType());
    }

    public static Map<String, String> parse(HttpRequest request) {
        String mediaType = request.mediaType();
        if (!JSON.equals(mediaType) && !FORM.equals(mediaType)) {
            throw new HttpProblem(415, "unsupported_media_type", Message.of("error_media_type"));
        }
        byte[] body = request.bodyBytes();
        if (body.length > MAX_BODY_BYTES) {
            throw new HttpProblem(413, "payload_too_large", Message.of("error_too_large", MAX_BODY_BYTES / 1024));
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return normalised(JSON.equals(mediaType) ? json(text) : form(text));
    }

    /**
     * For POSTs whose body is optional (RFC 8058 one-click unsubscribe: the token is in the URL):
     * JSON and forms as {@link #parse}, multipart/form-data read leniently ({@link MultipartForm}),
     * and any other body (empty, text/plain, none at all) read as no fields. Still refuses bodies
     * over {@link #MAX_BODY_BYTES} (413) and malformed JSON or form encoding (400).
     */
    public static Map<String, String> parseOptional(HttpRequest request) {
        String mediaType = request.mediaType();
        if (JSON.equals(mediaType) || FORM.equals(mediaType)) {
            return parse(request);
        }
        byte[] body = request.bodyBytes();
        if (body.length > MAX_BODY_BYTES) {
            throw new HttpProblem(413, "payload_too_large", Message.of("error_too_large", MAX_BODY_BYTES / 1024));
        }
        if (MULTIPART.equals(mediaType)) {
            return normalised(MultipartForm.parse(body, request.contentTypeParameter("boundary").orElse(null)));
        }
        return Map.of();
    }

    private static Map<String, String> normalised(Map<String, String> fields) {
        Map<String, String> normalised = new LinkedHashMap<>();
        fields.forEach((name, value) -> normalised.put(UnicodeText.nfc(name), UnicodeText.nfc(value)));
        return normalised;
    }

    /**
     * A JSON object's scalar fields as text (numbers and booleans as written); null fields are absent.
     * Not an object, malformed, or a repeated key: 400 malformed. A nested object or array: 400 naming the field.
     */
    private static Map<String, String> json(String text) {
        Object root;
        try {
            root = com.fasterxml.jackson.jr.ob.JSON.std.anyFrom(text);
        } catch (IOException | RuntimeException e) {
            throw malformed();
        }
        if (!(root instanceof Map<?, ?> object)) {
            throw malformed();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Message> wrongTypes = new HashMap<>();
        object.forEach((name, value) -> {
            if (value instanceof String || value instanceof Boolean || value instanceof Number) {
                fields.put(name.toString(), value.toString());
            } else if (value != null) {
                wrongTypes.put(name.toString(), Message.of("error_field_type"));
            }
        });
        if (!wrongTypes.isEmpty()) {
            throw new HttpProblem(400, "validation_failed", Message.of("error_validation"), wrongTypes);
        }
        return fields;
    }

    private static Map<String, String> form(String text) {
        try {
            // A repeated field keeps its last value (a hidden "false" before a checkbox's "true").
            return UrlEncoded.parse(text, (first, last) -> last);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    private static HttpProblem malformed() {
        return new HttpProblem(400, "malformed_body", Message.of("error_malformed_body"));
    }
}
