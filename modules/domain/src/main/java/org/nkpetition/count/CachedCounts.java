package org.nkpetition.count;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Keeps each petition's count for a moment in the container: with 100,000 pages polling, most reads
 * are answered from memory and DynamoDB sees at most one read per petition per container per
 * {@code maxAgeMillis} (docs/PERFORMANCE.md). A count a second old is as good as a fresh one to a
 * reader; {@link #adjust} goes straight through and forgets the cached value.
 */
public final class CachedCounts implements CountStore {
    private record Entry(PetitionCount count, long readAtMillis) {
    }

    private final CountStore store;
    private final long maxAgeMillis;
    private final LongSupplier clockMillis;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /** @param maxAgeMillis how old a served count may be (COUNT_CACHE_MILLIS; 0 turns caching off) */
    public CachedCounts(CountStore store, long maxAgeMillis) {
        this(store, maxAgeMillis, () -> System.nanoTime() / 1_000_000);
    }

    CachedCounts(CountStore store, long maxAgeMillis, LongSupplier clockMillis) {
        this.store = store;
        this.maxAgeMillis = maxAgeMillis;
        this.clockMillis = clockMillis;
    }

    @Override
    public PetitionCount read(String petitionId) {
        long now = clockMillis.getAsLong();
        Entry entry = cache.get(petitionId);
        if (entry != null && fresh(now - entry.readAtMillis())) {
            return entry.count();
        }
        PetitionCount count = store.read(petitionId);
        cache.put(petitionId, new Entry(count, now));
        return count;
    }

    @Override
    public void adjust(String petitionId, long totalDelta, Map<String, Long> countryDeltas, Map<String, Long> missionDeltas) {
        store.adjust(petitionId, totalDelta, countryDeltas, missionDeltas);
        cache.remove(petitionId);
    }

    /** Forgets everything cached (after a SnapStart restore: what priming read may be days old). */
    public void clear() {
        cache.clear();
    }

    /**
     * Younger than the max age, and not from the future: after a SnapStart restore the monotonic clock
     * may read less than when the entry (read while priming, before the snapshot) was stored, and such an
     * entry must not be served until the clock catches up.
     */
    private boolean fresh(long ageMillis) {
        return ageMillis >= 0 && ageMillis < maxAgeMillis;
    }
}
