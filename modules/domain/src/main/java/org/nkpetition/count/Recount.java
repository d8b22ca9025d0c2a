package org.nkpetition.count;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.ConfirmedSignatures;

/**
 * Counts a petition's confirmed signatures one by one and corrects the counters (total, per
 * country, per mission) where they drifted (a failed write, a manual edit, a bug). Run nightly and on demand; at a quiet time,
 * since signatures confirmed while it reads may be seen by one side and not the other.
 */
public final class Recount {
    private final ConfirmedSignatures confirmed;
    private final CountStore counts;

    public Recount(ConfirmedSignatures confirmed, CountStore counts) {
        this.confirmed = confirmed;
        this.counts = counts;
    }

    public RecountResult recount(String petitionId) {
        long total = 0;
        Map<String, Long> byCountry = new HashMap<>();
        Map<String, Long> byMission = new HashMap<>();
        try (Stream<ConfirmedSignature> signatures = confirmed.of(petitionId)) {
            for (ConfirmedSignature signature : (Iterable<ConfirmedSignature>) signatures::iterator) {
                total++;
                byCountry.merge(signature.country(), 1L, Long::sum);
                // The mission stored at signing is the one its confirmation counted (issue 14).
                signature.missionId().ifPresent(mission -> byMission.merge(mission, 1L, Long::sum));
            }
        }
        PetitionCount before = counts.read(petitionId);
        Map<String, Long> countryCorrections = corrections(byCountry, before.byCountry());
        Map<String, Long> missionCorrections = corrections(byMission, before.byMission());
        long totalCorrection = total - before.total();
        if (totalCorrection != 0 || !countryCorrections.isEmpty() || !missionCorrections.isEmpty()) {
            counts.adjust(petitionId, totalCorrection, countryCorrections, missionCorrections);
        }
        PetitionCount after = new PetitionCount(petitionId, total, byCountry, before.updatedAt(), byMission);
        return new RecountResult(before, after, totalCorrection, countryCorrections, missionCorrections);
    }

    /** True minus stored, for every key either side has; only the keys that differ. */
    private static Map<String, Long> corrections(Map<String, Long> truth, Map<String, Long> stored) {
        Map<String, Long> corrections = new TreeMap<>();
        Set<String> keys = new HashSet<>(truth.keySet());
        keys.addAll(stored.keySet());
        for (String key : keys) {
            long delta = truth.getOrDefault(key, 0L) - stored.getOrDefault(key, 0L);
            if (delta != 0) {
                corrections.put(key, delta);
            }
        }
        return corrections;
    }
}
