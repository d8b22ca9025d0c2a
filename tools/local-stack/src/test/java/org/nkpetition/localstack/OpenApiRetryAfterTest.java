package org.nkpetition.localstack;

import static org.junit.jupiter.api.Assertions.*;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every 429 and 503 the API describes tells clients when to retry (issue 11, docs/adr/0041): the
 * response declares a required Retry-After header; and every operation that reaches a dependency
 * declares the 503 that a dependency fault gives (only the static assets cannot).
 */
class OpenApiRetryAfterTest {
    @Test
    @SuppressWarnings("unchecked")
    void every429And503DeclaresARequiredRetryAfterAndEveryOperationWithADependencyHasA503() throws Exception {
        Map<String, Object> api;
        try (Reader reader = Files.newBufferedReader(ProjectFiles.root().resolve("docs/openapi.yaml"), StandardCharsets.UTF_8)) {
            api = new Yaml().load(reader);
        }
        Map<String, Object> components = (Map<String, Object>) api.get("components");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Object> path : ((Map<String, Object>) api.get("paths")).entrySet()) {
            for (Map.Entry<String, Object> operation : ((Map<String, Object>) path.getValue()).entrySet()) {
                Map<String, Object> responses = (Map<String, Object>) ((Map<String, Object>) operation.getValue()).get("responses");
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                if (!path.getKey().startsWith("/assets/") && !responses.containsKey("503")) {
                    missing.add(name + ": no 503");
                }
                for (String status : List.of("429", "503")) {
                    if (responses.containsKey(status)) {
                        checked++;
                        Map<String, Object> response = resolve(components, (Map<String, Object>) responses.get(status));
                        Map<String, Object> headers = (Map<String, Object>) response.getOrDefault("headers", Map.of());
                        Object retryAfter = headers.get("Retry-After");
                        if (retryAfter == null || !Boolean.TRUE.equals(resolve(components, (Map<String, Object>) retryAfter).get("required"))) {
                            missing.add(name + " " + status + ": no required Retry-After");
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
        assertTrue(checked >= 15, "the API's 429 and 503s were found: " + checked);
    }

    /** Follows a local {@code $ref} ('#/components/responses/Unavailable'). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> components, Map<String, Object> node) {
        Object ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        String[] parts = ref.toString().substring("#/components/".length()).split("/");
        return resolve(components, (Map<String, Object>) ((Map<String, Object>) components.get(parts[0])).get(parts[1]));
    }
}
