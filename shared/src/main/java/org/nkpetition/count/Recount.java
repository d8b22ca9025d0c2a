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
 * Counts a petition's confirmed signatures one by one and corrects the counters where they
 * drifted (a failed write, a manual edit, a bug). Run nightly and on demand; at a quiet time,
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
        try (Stream<ConfirmedSignature> signatures = confirmed.of(petitionId)) {
            for (ConfirmedSignature signature : (Iterable<ConfirmedSignature>) signatures::iterator) {
                total++;
                byCountry.merge(signature.country(), 1L, Long::sum);
            }
        }
        PetitionCount before = counts.read(petitionId);
        Map<String, Long> corrections = new TreeMap<>();
        Set<String> countries = new HashSet<>(byCountry.keySet());
        countries.addAll(before.byCountry().keySet());
        for (String country : countries) {
            long delta = byCountry.getOrDefault(country, 0L) - before.byCountry().getOrDefault(country, 0L);
            if (delta != 0) {
                corrections.put(country, delta);
            }
        }
        long totalCorrection = total - before.total();
        if (totalCorrection != 0 || !corrections.isEmpty()) {
            counts.adjust(petitionId, totalCorrection, corrections);
        }
        PetitionCount after = new PetitionCount(petitionId, total, byCountry, before.updatedAt());
        return new RecountResult(before, after, totalCorrection, corrections);
    }
}
