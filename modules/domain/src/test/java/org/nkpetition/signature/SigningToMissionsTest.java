package org.nkpetition.signature;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Destination;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.fakes.EmailLinks;
import org.nkpetition.fakes.Fixtures;
import org.nkpetition.fakes.InMemorySignatureStore;
import org.nkpetition.mail.MailJob;
import org.nkpetition.security.KeyedHash;
import org.nkpetition.links.Links;

/** A signature is assigned a mission when signed, counted there when confirmed, uncounted when withdrawn (issue 14). */
class SigningToMissionsTest {
    private static final Instant T0 = Instant.parse("2027-09-01T10:00:00Z");

    /** Chicago for Illinois, Washington for the rest of the US, nothing elsewhere. */
    private static final SignaturePlaces PLACES = new SignaturePlaces() {
        @Override
        public Optional<String> missionFor(String country, Optional<String> region) {
            if (!country.equals("US")) {
                return Optional.empty();
            }
            return Optional.of(region.filter("US-IL"::equals).map(r -> "us-chicago").orElse("us-washington"));
        }

        @Override
        public Optional<Destination> destination(String petitionId, String missionId, Language language, Instant now) {
            return Optional.of(new Destination(missionId, "Consulate " + missionId, "City", Optional.of(LocalDate.of(2027, 9, 24))));
        }
    };

    private final InMemorySignatureStore store = new InMemorySignatureStore();
    private final java.util.List<MailJob> queued = new java.util.ArrayList<>();
    private final SigningService signing = new SigningService(store, queued::add,
            new KeyedHash("a-test-signer-hash-key-of-32-characters-or-more"), Duration.ofDays(7), PLACES);
    private final Petition petition = Fixtures.openPetition("stop-forced-repatriation");

    private SignatureRequest request(String email, String country, Optional<String> region) {
        SignatureRequest plain = Fixtures.request("Signer", email, country);
        return new SignatureRequest(plain.name(), plain.email(), plain.country(), plain.city(), plain.postalCode(),
                plain.comment(), plain.language(), plain.displayName(), plain.updates(), region);
    }

    private String sign(String email, String country, Optional<String> region) {
        assertEquals(SignOutcome.CONFIRMATION_SENT, signing.sign(petition, request(email, country, region),
                new Links("https://petition.test"), T0));
        return queued.get(queued.size() - 1).token().orElseThrow();
    }

    @Test
    void theMissionIsStoredAtSigningAndCountedAtConfirmation() {
        String chicago = sign("a@example.org", "US", Optional.of("US-IL"));
        String washington = sign("b@example.org", "US", Optional.empty());
        String france = sign("c@example.org", "FR", Optional.empty());
        InMemorySignatureStore.Row row = store.rows().get(0);
        assertEquals(Optional.of("us-chicago"), row.missionId());
        assertEquals(Optional.of("US-IL"), row.region());
        assertEquals(Optional.empty(), store.rows().get(2).missionId(), "no mission in that country");

        ConfirmOutcome outcome = signing.confirm(chicago, T0.plusSeconds(60));
        assertEquals(new ConfirmOutcome.Confirmed(petition.id(), true, Optional.of("us-chicago")), outcome);
        signing.confirm(chicago, T0.plusSeconds(61));
        signing.confirm(washington, T0.plusSeconds(62));
        signing.confirm(france, T0.plusSeconds(63));
        assertEquals(Map.of("us-chicago", 1L, "us-washington", 1L), store.read(petition.id()).byMission(),
                "confirming twice counts once");
        assertEquals(4 - 1, store.read(petition.id()).total());

        signing.withdraw(chicago, T0.plusSeconds(120));
        assertEquals(Map.of("us-washington", 1L), store.read(petition.id()).byMission());
    }

    @Test
    void theConfirmationEmailJobNamesTheMissionAndItsDate() {
        sign("a@example.org", "US", Optional.of("US-IL"));
        MailJob job = queued.get(0);
        assertEquals(Optional.of(new Destination("us-chicago", "Consulate us-chicago", "City",
                Optional.of(LocalDate.of(2027, 9, 24)))), job.destination());
        sign("c@example.org", "FR", Optional.empty());
        assertEquals(Optional.empty(), queued.get(1).destination());
    }

    @Test
    void signingAgainWhilePendingKeepsTheFirstMission() {
        sign("a@example.org", "US", Optional.of("US-IL"));
        assertEquals(SignOutcome.CONFIRMATION_RESENT, signing.sign(petition, request("a@example.org", "US", Optional.of("US-CA")),
                new Links("https://petition.test"), T0.plusSeconds(5)));
        assertEquals(Optional.of("us-chicago"), store.rows().get(0).missionId());
        assertEquals("us-chicago", queued.get(1).destination().orElseThrow().missionId());
    }
}
