package org.nkpetition.count;

import java.util.Map;

/** Reads a petition's counters (however they are sharded underneath) and corrects them. */
public interface CountStore {
    PetitionCount read(String petitionId);

    /**
     * Adds the differences (which may be negative) to the counters: how a recount repairs drift.
     * {@code missionDeltas} are keyed by mission id (issue 14).
     */
    void adjust(String petitionId, long totalDelta, Map<String, Long> countryDeltas, Map<String, Long> missionDeltas);

    /** {@link #adjust(String, long, Map, Map)} without per-mission differences. */
    default void adjust(String petitionId, long totalDelta, Map<String, Long> countryDeltas) {
        adjust(petitionId, totalDelta, countryDeltas, Map.of());
    }
}
