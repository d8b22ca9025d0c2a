package org.nkpetition.petition;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.nkpetition.domain.Petition;

/**
 * Keeps each petition (or its absence) for a moment in the container, so that signing and confirming
 * do not read the one petition item on every request: at 1,667 signatures/s that item alone would take
 * 1,667 reads/s (docs/PERFORMANCE.md, capacity model). An organiser's change (closing, new text)
 * reaches a container within {@code maxAgeMillis}. Writes and the other reads go straight through;
 * a write forgets the cached petition.
 */
public final class CachedPetitions implements PetitionStore {
    private record Entry(Optional<Petition> petition, long readAtMillis) {
    }

    private final PetitionStore store;
    private final long maxAgeMillis;
    private final LongSupplier clockMillis;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /** @param maxAgeMillis how old a served petition may be (PETITION_CACHE_MILLIS; 0 turns caching off) */
    public CachedPetitions(PetitionStore store, long maxAgeMillis) {
        this(store, maxAgeMillis, () -> System.nanoTime() / 1_000_000);
    }

    CachedPetitions(PetitionStore store, long maxAgeMillis, LongSupplier clockMillis) {
        this.store = store;
        this.maxAgeMillis = maxAgeMillis;
        this.clockMillis = clockMillis;
    }

    @Override
    public Optional<Petition> find(String petitionId) {
        if (maxAgeMillis <= 0) {
            return store.find(petitionId);
        }
        long now = clockMillis.getAsLong();
        Entry entry = cache.get(petitionId);
        if (entry != null && fresh(now - entry.readAtMillis())) {
            return entry.petition();
        }
        Optional<Petition> petition = store.find(petitionId);
        cache.put(petitionId, new Entry(petition, now));
        return petition;
    }

    @Override
    public List<Petition> list() {
        return store.list();
    }

    @Override
    public void put(Petition petition, Instant now) {
        store.put(petition, now);
        cache.remove(petition.id());
    }

    @Override
    public Optional<Instant> closedAt(String petitionId) {
        return store.closedAt(petitionId);
    }

    @Override
    public Optional<Instant> anonymisedAt(String petitionId) {
        return store.anonymisedAt(petitionId);
    }

    @Override
    public void markAnonymised(String petitionId, Instant at) {
        store.markAnonymised(petitionId, at);
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
