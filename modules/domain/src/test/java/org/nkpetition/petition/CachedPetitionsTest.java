package org.nkpetition.petition;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Petition;
import org.nkpetition.fakes.Fixtures;
import org.nkpetition.fakes.InMemoryPetitionStore;

class CachedPetitionsTest {
    private final AtomicInteger reads = new AtomicInteger();
    private final InMemoryPetitionStore backing = new InMemoryPetitionStore();
    private final PetitionStore counting = new PetitionStore() {
        @Override
        public java.util.Optional<Petition> find(String petitionId) {
            reads.incrementAndGet();
            return backing.find(petitionId);
        }

        @Override
        public java.util.List<Petition> list() {
            return backing.list();
        }

        @Override
        public void put(Petition petition, Instant now) {
            backing.put(petition, now);
        }

        @Override
        public java.util.Optional<Instant> closedAt(String petitionId) {
            return backing.closedAt(petitionId);
        }

        @Override
        public java.util.Optional<Instant> anonymisedAt(String petitionId) {
            return backing.anonymisedAt(petitionId);
        }

        @Override
        public void markAnonymised(String petitionId, Instant at) {
            backing.markAnonymised(petitionId, at);
        }
    };
    private final AtomicLong millis = new AtomicLong(1_000);

    @Test
    void aPetitionIsReadOncePerMaxAgeAndAnOrganisersChangeArrivesAfterIt() {
        CachedPetitions cached = new CachedPetitions(counting, 5_000, millis::get);
        backing.put(Fixtures.openPetition("p"));
        assertTrue(cached.find("p").orElseThrow().isOpen());
        backing.put(Fixtures.petition("p", Petition.Status.CLOSED));
        millis.addAndGet(4_999);
        assertTrue(cached.find("p").orElseThrow().isOpen(), "served from memory within the max age");
        assertEquals(1, reads.get());
        millis.addAndGet(1);
        assertFalse(cached.find("p").orElseThrow().isOpen(), "the closure arrives after the max age");
        assertEquals(2, reads.get());
    }

    @Test
    void absenceIsCachedTooAndAWriteThroughTheCacheIsSeenAtOnce() {
        CachedPetitions cached = new CachedPetitions(counting, 5_000, millis::get);
        assertTrue(cached.find("q").isEmpty());
        assertTrue(cached.find("q").isEmpty());
        assertEquals(1, reads.get(), "an unknown id costs one read per max age, not one per request");
        cached.put(Fixtures.openPetition("q"));
        assertTrue(cached.find("q").isPresent());
    }

    @Test
    void anEntryFromBeforeASnapshotRestoreWhoseClockReadsEarlierIsReadAgain() {
        CachedPetitions cached = new CachedPetitions(counting, 5_000, millis::get);
        backing.put(Fixtures.openPetition("p"));
        cached.find("p"); // while priming, before the snapshot
        backing.put(Fixtures.petition("p", Petition.Status.CLOSED));
        millis.set(10); // restored on a machine whose monotonic clock reads less
        assertFalse(cached.find("p").orElseThrow().isOpen(), "not served from a snapshot's cache");
        assertEquals(2, reads.get());
    }

    @Test
    void zeroTurnsCachingOff() {
        CachedPetitions cached = new CachedPetitions(counting, 0, millis::get);
        backing.put(Fixtures.openPetition("p"));
        cached.find("p");
        cached.find("p");
        assertEquals(2, reads.get());
    }
}
