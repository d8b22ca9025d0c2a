package org.nkpetition.signature;

import org.nkpetition.fakes.PlainEmailComposer;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.fakes.EmailLinks;
import org.nkpetition.fakes.Fixtures;
import org.nkpetition.fakes.InMemoryPetitionStore;
import org.nkpetition.fakes.InMemorySignatureStore;
import org.nkpetition.fakes.RecordingMailer;
import org.nkpetition.mail.EmailComposer;
import org.nkpetition.security.KeyedHash;
import org.nkpetition.links.Links;

/** Signers' details go once a petition has been closed longer than AnonymiseAfterDays: not a second sooner. */
class AnonymisationTest {
    private static final Instant CLOSED = Instant.parse("2026-01-10T12:00:00Z");
    private static final Duration AFTER = Duration.ofDays(180);

    private final InMemoryPetitionStore petitions = new InMemoryPetitionStore();
    private final InMemorySignatureStore store = new InMemorySignatureStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final SigningService signing = new SigningService(store, mailer, new PlainEmailComposer(),
            new KeyedHash("a-test-signer-hash-key-of-32-characters-or-more"), Duration.ofDays(7));
    private final Anonymisation anonymisation = new Anonymisation(petitions, store, store, AFTER);

    private void signAndConfirm(Petition petition, String email) {
        signing.sign(petition, Fixtures.fullRequest("Full Name", email, "KR", Language.KO, DisplayName.FULL, true),
                new Links("https://petition.test"), CLOSED.minus(Duration.ofDays(30)));
        signing.confirm(EmailLinks.confirmToken(mailer.last()).orElseThrow(), CLOSED.minus(Duration.ofDays(30)));
    }

    private Petition closedWithSigners(String id) {
        return closedWithSigners(id, CLOSED);
    }

    private Petition closedWithSigners(String id, Instant closedAt) {
        Petition open = Fixtures.openPetition(id);
        petitions.put(open, CLOSED.minus(Duration.ofDays(60)));
        signAndConfirm(open, "a-" + id + "@example.org");
        signAndConfirm(open, "b-" + id + "@example.org");
        Petition closed = Fixtures.petition(id, Petition.Status.CLOSED);
        petitions.put(closed, closedAt);
        return closed;
    }

    @Test
    void notOneSecondBeforeTheConfiguredPeriodEnds() {
        closedWithSigners("closed");
        Instant due = CLOSED.plus(AFTER);
        assertEquals(List.of(), anonymisation.run(due.minusSeconds(1)));
        assertTrue(store.rows().stream().allMatch(row -> row.rosterName().isPresent() && row.email().isPresent()),
                "nothing stripped yet");
        assertEquals(Optional.empty(), petitions.anonymisedAt("closed"));
    }

    @Test
    void oneSecondAfterItEveryConfirmedSignerIsStrippedOnce() {
        closedWithSigners("closed");
        Instant due = CLOSED.plus(AFTER);
        assertEquals(List.of(new Anonymisation.Done("closed", 2)), anonymisation.run(due.plusSeconds(1)));
        for (InMemorySignatureStore.Row row : store.rows()) {
            assertEquals(Optional.empty(), row.rosterName());
            assertEquals(Optional.empty(), row.email());
            assertEquals(Optional.empty(), row.city());
            assertEquals(Optional.empty(), row.postalCode());
            assertEquals(Optional.empty(), row.comment());
            assertEquals("KR", row.country(), "counts and statistics survive");
        }
        assertEquals(2, store.read("closed").total());
        assertEquals(Optional.of(due.plusSeconds(1)), petitions.anonymisedAt("closed"));
        assertEquals(List.of(), anonymisation.run(due.plusSeconds(2)), "a petition is anonymised once");
    }

    @Test
    void openPetitionsAndOtherPetitionsAreLeftAlone() {
        closedWithSigners("closed");
        Petition open = Fixtures.openPetition("open");
        petitions.put(open, CLOSED);
        signAndConfirm(open, "c@example.org");
        closedWithSigners("closed-later", CLOSED.plus(Duration.ofDays(1)));

        List<Anonymisation.Done> done = anonymisation.run(CLOSED.plus(AFTER).plusSeconds(1));
        assertEquals(List.of(new Anonymisation.Done("closed", 2)), done);
        assertEquals(3, store.rows().stream().filter(row -> row.rosterName().isPresent()).count(),
                "the open petition's signer and the later-closed petition's two keep their details");
    }

    @Test
    void theClockStartsAtTheFirstClosingNotALaterEdit() {
        Petition closed = closedWithSigners("closed");
        petitions.put(closed, CLOSED.plus(Duration.ofDays(100)));
        assertEquals(1, anonymisation.run(CLOSED.plus(AFTER).plusSeconds(1)).size());
    }
}
