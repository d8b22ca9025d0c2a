package org.nkpetition.missions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * ISO 3166-2 subdivision codes ("US-IL", "KR-26") of the countries the campaign delivers in, read from
 * {@code missions/iso-3166-2-subset.txt} (its header names the source). A subset: a country not in the file has
 * no known subdivisions, so no region of it is valid.
 */
public final class Subdivisions {
    private static final String RESOURCE = "/missions/iso-3166-2-subset.txt";
    private static final Subdivisions BUNDLED = load();

    private final Set<String> codes;

    Subdivisions(Set<String> codes) {
        this.codes = Set.copyOf(codes);
    }

    /** The shipped subset. */
    public static Subdivisions bundled() {
        return BUNDLED;
    }

    /** Whether {@code code} (exact, upper-case) is a subdivision of {@code country} (ISO 3166-1 alpha-2). */
    public boolean belongsTo(String code, String country) {
        return code != null && country != null && code.startsWith(country + "-") && codes.contains(code);
    }

    /** The codes of {@code country}, sorted. */
    public java.util.List<String> of(String country) {
        return codes.stream().filter(code -> code.startsWith(country + "-")).sorted().toList();
    }

    public boolean knowsCountry(String country) {
        return codes.stream().anyMatch(code -> code.startsWith(country + "-"));
    }

    /** Whether {@code country} is an ISO 3166-1 alpha-2 code (as the JDK knows them), upper-case. */
    public static boolean isCountry(String country) {
        return country != null && country.length() == 2 && country.equals(country.toUpperCase(Locale.ROOT))
                && Set.of(Locale.getISOCountries()).contains(country);
    }

    private static Subdivisions load() {
        try (InputStream in = Subdivisions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Set<String> codes = new TreeSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String code = line.strip();
                if (!code.isEmpty() && !code.startsWith("#")) {
                    codes.add(code);
                }
            }
            return new Subdivisions(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
