package org.nkpetition.count;

import java.util.Map;

/** What a recount found: the counters before, the true counts, and the corrections it applied. */
public record RecountResult(PetitionCount before, PetitionCount after, long totalCorrection,
        Map<String, Long> countryCorrections) {
    public RecountResult {
        countryCorrections = Map.copyOf(countryCorrections);
    }

    public boolean changed() {
        return totalCorrection != 0 || !countryCorrections.isEmpty();
    }
}
