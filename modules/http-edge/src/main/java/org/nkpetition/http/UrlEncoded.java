package org.nkpetition.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BinaryOperator;

/** Decodes application/x-www-form-urlencoded text (form bodies, query strings). */
public final class UrlEncoded {
    private UrlEncoded() {
    }

    /**
     * The name/value pairs, UTF-8 decoded; repeated names are combined with {@code merge}.
     *
     * @throws IllegalArgumentException on malformed percent-encoding
     */
    public static Map<String, String> parse(String text, BinaryOperator<String> merge) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return pairs;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            pairs.merge(name, value, merge);
        }
        return pairs;
    }
}
