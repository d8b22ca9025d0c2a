package org.nkpetition.list.lookup;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.nkpetition.list.entry.EntryFields;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.fixtures.InMemoryListStore;
import org.nkpetition.list.store.ListStore;
import org.nkpetition.list.store.ListVersion;
import org.nkpetition.domain.StoreBusyException;

/** When the container's copy of the list is refreshed, on a clock the test moves. */
class ListIndexCacheTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final CountingStore store = new CountingStore();
    private final ListIndexCache cache = new ListIndexCache(store, Duration.ofSeconds(60), nanos::get);

    private static ListEntry entry(String id, boolean consent) {
        return EntryFields.parse(1, Map.of("id", id, "names", "Kim Sol", "consent", Boolean.toString(consent)))
                .entry().orElseThrow();
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void checksTheVersionAtMostOncePerIntervalAndLoadsOnlyANewGeneration() {
        store.publish("g1", List.of(entry("a", true)));
        assertEquals(1, cache.current().size());
        assertEquals(1, store.versionReads);
        assertEquals(1, store.loads);

        advance(Duration.ofSeconds(59));
        cache.current();
        assertEquals(1, store.versionReads, "within the interval: no read at all");

        advance(Duration.ofSeconds(2));
        cache.current();
        assertEquals(2, store.versionReads);
        assertEquals(1, store.loads, "same generation: not loaded again");

        store.publish("g2", List.of(entry("a", true), entry("b", true), entry("c", false)));
        advance(Duration.ofSeconds(61));
        assertEquals(2, cache.current().size(), "new generation loaded; the entry without consent left out");
        assertEquals(2, store.loads);
    }

    @Test
    void keepsServingTheListItHasWhenTheStoreFailsAndRefusesWithoutOne() {
        store.failing = true;
        assertThrows(StoreBusyException.class, cache::current);
        store.failing = false;
        store.publish("g1", List.of(entry("a", true)));
        assertEquals(1, cache.current().size());
        store.failing = true;
        advance(Duration.ofSeconds(61));
        assertEquals(1, cache.current().size());
    }

    @Test
    void expiringMakesTheNextRequestCheck() {
        store.publish("g1", List.of(entry("a", true)));
        cache.current();
        cache.expire();
        cache.current();
        assertEquals(2, store.versionReads);
    }

    @Test
    void beforeAnyImportTheListIsEmpty() {
        assertEquals(0, cache.current().size());
    }

    /**
     * The in-memory ListStore the contract holds to the DynamoDB adapter, counting the reads the
     * cache makes and able to fail them like an unreachable DynamoDB.
     */
    private static final class CountingStore implements ListStore {
        private final InMemoryListStore store = new InMemoryListStore();
        boolean failing;
        int versionReads;
        int loads;

        void publish(String generation, List<ListEntry> entries) {
            store.reserve(generation, Instant.EPOCH, Instant.EPOCH);
            store.write(generation, entries, Progress.NONE);
            store.publish(generation, generation, entries.size(), Instant.EPOCH);
        }

        @Override
        public Optional<ListVersion> published() {
            if (failing) {
                throw new IllegalStateException("unreachable");
            }
            versionReads++;
            return store.published();
        }

        @Override
        public List<ListEntry> entries(String generation) {
            loads++;
            return store.entries(generation);
        }

        @Override
        public Optional<String> reserve(String generation, Instant now, Instant staleBefore) {
            return store.reserve(generation, now, staleBefore);
        }

        @Override
        public void write(String generation, List<ListEntry> entries, Progress progress) {
            store.write(generation, entries, progress);
        }

        @Override
        public ListVersion publish(String generation, String contentHash, int entryCount, Instant now) {
            return store.publish(generation, contentHash, entryCount, now);
        }

        @Override
        public void release(String generation) {
            store.release(generation);
        }

        @Override
        public void delete(String generation, Progress progress) {
            store.delete(generation, progress);
        }
    }
}
