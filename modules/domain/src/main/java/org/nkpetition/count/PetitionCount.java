package org.nkpetition.count;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Confirmed signatures of a petition: the total, per country (ISO 3166-1 alpha-2) and per mission id (issue 14;
 * signatures of countries without a mission count in no mission).
 */
public record PetitionCount(String petitionId, long total, Map<String, Long> byCountry, Optional<Instant> updatedAt,
        Map<String, Long> byMission) {
    public PetitionCount {
        byCountry = java.util.Collections.unmodifiableMap(new TreeMap<>(byCountry));
        byMission = java.util.Collections.unmodifiableMap(new TreeMap<>(byMission == null ? Map.of() : byMission));
    }

    /** Without per-mission counts. */
    public PetitionCount(String petitionId, long total, Map<String, Long> byCountry, Optional<Instant> updatedAt) {
        this(petitionId, total, byCountry, updatedAt, Map.of());
    }

    public static PetitionCount zero(String petitionId) {
        return new PetitionCount(petitionId, 0, Map.of(), Optional.empty());
    }
}
