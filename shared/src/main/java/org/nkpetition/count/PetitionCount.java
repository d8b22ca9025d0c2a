package org.nkpetition.count;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Confirmed signatures of a petition: the total and per country (ISO 3166-1 alpha-2). */
public record PetitionCount(String petitionId, long total, Map<String, Long> byCountry, Optional<Instant> updatedAt) {
    public PetitionCount {
        byCountry = java.util.Collections.unmodifiableMap(new TreeMap<>(byCountry));
    }

    public static PetitionCount zero(String petitionId) {
        return new PetitionCount(petitionId, 0, Map.of(), Optional.empty());
    }
}
