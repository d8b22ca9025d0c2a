package org.nkpetition.missions;

import java.util.Set;
import java.util.TreeSet;

/**
 * Where a mission's signers live: either a set of ISO 3166-2 subdivision codes of its own country
 * ("US-IL"), or the rest of its country (every subdivision no other active mission covers).
 * In the CSV: the codes separated by ';', or the word {@value #REST_OF_COUNTRY_CODE}.
 */
public record Jurisdiction(boolean restOfCountry, Set<String> subdivisions) {
    public static final String REST_OF_COUNTRY_CODE = "rest";

    public Jurisdiction {
        subdivisions = Set.copyOf(new TreeSet<>(subdivisions));
        if (restOfCountry && !subdivisions.isEmpty()) {
            throw new IllegalArgumentException("a rest-of-country jurisdiction lists no subdivisions");
        }
    }

    public static Jurisdiction rest() {
        return new Jurisdiction(true, Set.of());
    }

    public static Jurisdiction of(Set<String> subdivisions) {
        return new Jurisdiction(false, subdivisions);
    }

    public boolean covers(String subdivision) {
        return subdivisions.contains(subdivision);
    }

    /** The CSV form: "rest", or the codes sorted and joined with ';'. */
    public String code() {
        return restOfCountry ? REST_OF_COUNTRY_CODE : String.join(";", new TreeSet<>(subdivisions));
    }
}
