package org.nkpetition.count;

import java.util.Map;

/** Reads a petition's counters (however they are sharded underneath) and corrects them. */
public interface CountStore {
    PetitionCount read(String petitionId);

    /** Adds the differences (which may be negative) to the counters: how a recount repairs drift. */
    void adjust(String petitionId, long totalDelta, Map<String, Long> countryDeltas);
}
