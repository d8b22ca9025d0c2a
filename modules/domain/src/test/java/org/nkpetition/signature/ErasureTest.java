package org.nkpetition.signature;

import org.nkpetition.fakes.PlainEmailComposer;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Petition;
import org.nkpetition.fakes.EmailLinks;
import org.nkpetition.fakes.Fixtures;
import org.nkpetition.fakes.InMemoryPetitionStore;
import org.nkpetition.fakes.InMemorySignatureStore;
import org.nkpetition.fakes.RecordingMailer;
import org.nkpetition.mail.EmailComposer;
import org.nkpetition.security.KeyedHash;
import org.nkpetition.links.Links;

/** The right to erasure (bin/admin signatures erase --email): every petition, pending or confirmed, uncounted. */
class ErasureTest {
    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    private final InMemoryPetitionStore petitions = new InMemoryPetitionStore();
    private final InMemorySignatureStore store = new InMemorySignatureStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final SigningService signing = new SigningService(store, mailer, new PlainEmailComposer(),
            new KeyedHash("a-test-signer-hash-key-of-32-characters-or-more"), Duration.ofDays(7));
    private final Erasure erasure = new Erasure(petitions, store, signing);

    @Test
    void erasesTheAddressFromEveryPetitionAndTheCounts() {
        Petition one = Fixtures.openPetition("one");
        Petition two = Fixtures.openPetition("two");
        Petition three = Fixtures.openPetition("three");
        List.of(one, two, three).forEach(petitions::put);
        Links links = new Links("https://t.test");
        signing.sign(one, Fixtures.request("Me", "me@example.org", "KR"), links, NOW);
        signing.confirm(EmailLinks.confirmToken(mailer.last()).orElseThrow(), NOW);
        signing.sign(two, Fixtures.request("Me", "Me+two@Example.org", "KR"), links, NOW);
        signing.sign(one, Fixtures.request("Other", "other@example.org", "KR"), links, NOW);
        signing.confirm(EmailLinks.confirmToken(mailer.last()).orElseThrow(), NOW);

        assertEquals(List.of("one", "two"), erasure.erase(" ME@example.org", NOW).stream().sorted().toList());
        assertEquals(1, store.rows().size(), "only the other signer is left");
        assertEquals(1, store.read("one").total());
        assertEquals(List.of(), erasure.erase("me@example.org", NOW), "nothing left to erase");
    }

    @Test
    void aConflictingWriteIsRetried() {
        Petition one = Fixtures.openPetition("one");
        petitions.put(one);
        signing.sign(one, Fixtures.request("Me", "me@example.org", "KR"), new Links("https://t.test"), NOW);
        store.conflictNext(2);
        assertEquals(List.of("one"), erasure.erase("me@example.org", NOW));
        assertTrue(store.rows().isEmpty());
    }
}
