package org.nkpetition.count;

import java.util.Map;

/** What a recount found: the counters before, the true counts, and the corrections it applied (per country and per mission). */
public record RecountResult(PetitionCount before, PetitionCount after, long totalCorrection,
        Map<String, Long> countryCorrections, Map<String, Long> missionCorrections) {
    public RecountResult {
        countryCorrections = Map.copyOf(countryCorrections);
        missionCorrections = Map.copyOf(missionCorrections);
    }

    public boolean changed() {
        return totalCorrection != 0 || !countryCorrections.isEmpty() || !missionCorrections.isEmpty();
    }
}
