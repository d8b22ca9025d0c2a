package org.nkpetition.config;

import java.util.Map;
import java.util.Optional;

/**
 * A function's configuration, read from environment variables. Handlers take it as a map so the
 * dev server can hand each function the variables template.yaml gives it, in one JVM.
 */
public final class Environment {
    private final Map<String, String> variables;

    public Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    public static Environment system() {
        return new Environment(System.getenv());
    }

    public Optional<String> get(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    public String require(String name) {
        return get(name).orElseThrow(() -> new IllegalStateException("Missing environment variable " + name));
    }

    public int getInt(String name, int fallback) {
        return get(name).map(Integer::parseInt).orElse(fallback);
    }
}
