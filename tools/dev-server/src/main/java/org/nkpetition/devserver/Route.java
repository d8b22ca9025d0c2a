package org.nkpetition.devserver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One route of the HTTP API ("GET /petitions/{petitionId}") and the function behind it. */
record Route(String method, String path, String functionId, Pattern pattern, List<String> parameters) {

    static Route of(String method, String path, String functionId) {
        List<String> parameters = new ArrayList<>();
        StringBuilder regex = new StringBuilder("^");
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            regex.append("/");
            if (segment.startsWith("{") && segment.endsWith("+}")) {
                parameters.add(segment.substring(1, segment.length() - 2));
                regex.append("(.+)");
            } else if (segment.startsWith("{") && segment.endsWith("}")) {
                parameters.add(segment.substring(1, segment.length() - 1));
                regex.append("([^/]+)");
            } else {
                regex.append(Pattern.quote(segment));
            }
        }
        regex.append("/?$");
        return new Route(method, path, functionId, Pattern.compile(regex.toString()), parameters);
    }

    String routeKey() {
        return method + " " + path;
    }

    /** The path parameters when this route matches the request, as API Gateway would extract them. */
    Optional<Map<String, String>> match(String requestMethod, String requestPath) {
        if (!method.equals(requestMethod)) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(requestPath);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            values.put(parameters.get(i), decode(matcher.group(i + 1)));
        }
        return Optional.of(values);
    }

    /** Percent-decodes a path segment ("+" stays "+": it means a space only in queries and forms). */
    private static String decode(String segment) {
        try {
            return java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return segment;
        }
    }
}
