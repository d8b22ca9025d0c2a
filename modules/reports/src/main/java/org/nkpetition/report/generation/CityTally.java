package org.nkpetition.report.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.report.content.CityCount;

/**
 * Counts signatures per (country, city). Cities are free text, so spellings that differ only in
 * case or spacing ("Seoul", " seoul") count together under the first spelling seen. Memory is
 * bounded: past {@link #MAX_CITIES} distinct cities the rest count as "other cities" of their
 * country, so a flood of unique city names cannot grow the heap without limit.
 */
public final class CityTally {
    public static final int MAX_CITIES = 20_000;

    private static final class Bucket {
        final String country;
        final Optional<String> city;
        final boolean other;
        long signatures;

        Bucket(String country, Optional<String> city, boolean other) {
            this.country = country;
            this.city = city;
            this.other = other;
        }
    }

    private final Map<String, Bucket> buckets = new HashMap<>();
    private final int maxCities;
    private int distinctCities;

    CityTally() {
        this(MAX_CITIES);
    }

    public CityTally(int maxCities) {
        this.maxCities = maxCities;
    }

    public void add(String country, Optional<String> city) {
        Optional<String> spelled = city.map(String::strip).filter(c -> !c.isEmpty());
        String key = country + '\u0000' + spelled.map(CityTally::normalise).orElse("");
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (spelled.isPresent() && distinctCities >= maxCities) {
                bucket = buckets.computeIfAbsent(country + '\u0001', k -> new Bucket(country, Optional.empty(), true));
            } else {
                bucket = new Bucket(country, spelled, false);
                buckets.put(key, bucket);
                if (spelled.isPresent()) {
                    distinctCities++;
                }
            }
        }
        bucket.signatures++;
    }

    /**
     * By country code; named cities first, most signatures first, then by name; then "no city
     * given" and "other cities": the same order on every run.
     */
    public List<CityCount> counts() {
        List<CityCount> counts = new ArrayList<>();
        for (Bucket bucket : buckets.values()) {
            counts.add(new CityCount(bucket.country, bucket.city, bucket.other, bucket.signatures));
        }
        counts.sort(Comparator.comparing(CityCount::country)
                .thenComparing(CityCount::otherCities)
                .thenComparing(c -> c.city().isEmpty())
                .thenComparing(CityCount::signatures, Comparator.reverseOrder())
                .thenComparing(c -> c.city().orElse("")));
        return counts;
    }

    private static String normalise(String city) {
        return city.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
