package org.nkpetition.bench.coldstart;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The environment template.yaml gives one function, pointed at the benchmark's moto: the
 * properties file {@code -Dbench.env=...} names, written by the stack
 * (org.nkpetition.bench.coldstart.stack.BenchStack). Product and floor read the same file, so both
 * see the same tables, queue, secret, region and endpoint. JDK classes only.
 */
public final class BenchEnvironment {
    private BenchEnvironment() {
    }

    /** @throws IllegalStateException when {@code bench.env} is unset; UncheckedIOException when unreadable */
    public static Map<String, String> load() {
        String file = System.getProperty("bench.env");
        if (file == null) {
            throw new IllegalStateException("-Dbench.env=<properties file> is required (bin/bench-cold-start sets it)");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> variables = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> variables.put(name, properties.getProperty(name)));
        return variables;
    }

    /** @throws IllegalStateException when the variable is missing */
    public static String require(Map<String, String> variables, String name) {
        String value = variables.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing " + name + " in " + System.getProperty("bench.env"));
        }
        return value.trim();
    }
}
