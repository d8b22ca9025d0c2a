package org.nkpetition.count;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedCountsTest {
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong total = new AtomicLong();
    private final CountStore store = new CountStore() {
        @Override
        public PetitionCount read(String petitionId) {
            reads.incrementAndGet();
            return new PetitionCount(petitionId, total.get(), Map.of(), java.util.Optional.empty());
        }

        @Override
        public void adjust(String petitionId, long totalDelta, Map<String, Long> countryDeltas, Map<String, Long> missionDeltas) {
            total.addAndGet(totalDelta);
        }
    };
    private final AtomicLong millis = new AtomicLong(1_000);
    private final CachedCounts cached = new CachedCounts(store, 1_000, millis::get);

    @Test
    void readsWithinTheMaxAgeComeFromMemoryAndLaterOnesFromTheStore() {
        assertEquals(0, cached.read("p").total());
        total.set(5);
        millis.addAndGet(999);
        assertEquals(0, cached.read("p").total(), "a second-old count is served");
        assertEquals(1, reads.get());
        millis.addAndGet(1);
        assertEquals(5, cached.read("p").total());
        assertEquals(2, reads.get());
    }

    @Test
    void eachPetitionIsCachedSeparatelyAndAnAdjustmentIsSeenAtOnce() {
        cached.read("a");
        cached.read("b");
        assertEquals(2, reads.get());
        cached.adjust("a", 3, Map.of());
        assertEquals(3, cached.read("a").total());
    }

    @Test
    void aCountCachedBeforeASnapshotIsNotServedWhenTheRestoredClockReadsEarlier() {
        cached.read("p");
        total.set(7);
        millis.set(5);
        assertEquals(7, cached.read("p").total());
        assertEquals(2, reads.get());
    }
}
