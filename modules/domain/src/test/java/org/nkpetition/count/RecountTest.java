package org.nkpetition.count;

import org.nkpetition.fakes.PlainEmailComposer;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.domain.Destination;
import org.nkpetition.domain.Language;
import org.nkpetition.signature.SignaturePlaces;
import org.nkpetition.signature.SignatureRequest;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Petition;
import org.nkpetition.fakes.EmailLinks;
import org.nkpetition.fakes.Fixtures;
import org.nkpetition.fakes.InMemorySignatureStore;
import org.nkpetition.fakes.RecordingMailer;
import org.nkpetition.mail.EmailComposer;
import org.nkpetition.security.KeyedHash;
import org.nkpetition.signature.SigningService;
import org.nkpetition.links.Links;

/** The recount repairs drifted counters from the confirmed signatures, and touches nothing when they agree. */
class RecountTest {
    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    private final InMemorySignatureStore store = new InMemorySignatureStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final SigningService signing = new SigningService(store, mailer, new PlainEmailComposer(),
            new KeyedHash("a-test-signer-hash-key-of-32-characters-or-more"), Duration.ofDays(7));
    private final Petition petition = Fixtures.openPetition("p");
    private final Recount recount = new Recount(store, store);

    private void confirmed(String email, String country) {
        signing.sign(petition, Fixtures.request("N", email, country), new Links("https://t.test"), NOW);
        signing.confirm(EmailLinks.confirmToken(mailer.last()).orElseThrow(), NOW);
    }

    private void pending(String email, String country) {
        signing.sign(petition, Fixtures.request("N", email, country), new Links("https://t.test"), NOW);
    }

    @Test
    void countersThatAgreeAreNotTouched() {
        confirmed("a@example.org", "KR");
        confirmed("b@example.org", "US");
        pending("c@example.org", "FR");
        PetitionCount before = store.read("p");
        RecountResult result = recount.recount("p");
        assertFalse(result.changed());
        assertEquals(0, result.totalCorrection());
        assertEquals(before, store.read("p"), "no write: updatedAt unchanged too");
    }

    @Test
    void driftIsRepairedPerCountryAndInTotal() {
        confirmed("a@example.org", "KR");
        confirmed("b@example.org", "KR");
        confirmed("c@example.org", "US");
        pending("d@example.org", "FR");
        store.adjust("p", 40, Map.of("KR", 10L, "JP", 30L, "US", -1L));

        RecountResult result = recount.recount("p");
        assertTrue(result.changed());
        assertEquals(43, result.before().total());
        assertEquals(3, result.after().total());
        assertEquals(-40, result.totalCorrection());
        assertEquals(Map.of("KR", -10L, "JP", -30L, "US", 1L), result.countryCorrections());
        PetitionCount repaired = store.read("p");
        assertEquals(3, repaired.total());
        assertEquals(Map.of("KR", 2L, "US", 1L), repaired.byCountry(), "pending signers are not counted");
        assertFalse(recount.recount("p").changed(), "a second recount finds nothing to repair");
    }

    @Test
    void driftIsRepairedPerMission() {
        SigningService toMissions = new SigningService(store, mailer, new PlainEmailComposer(),
                new KeyedHash("a-test-signer-hash-key-of-32-characters-or-more"), Duration.ofDays(7), new SignaturePlaces() {
                    @Override
                    public Optional<String> missionFor(String country, Optional<String> region) {
                        return country.equals("US") ? Optional.of(region.filter("US-IL"::equals).map(r -> "us-chicago")
                                .orElse("us-washington")) : Optional.empty();
                    }

                    @Override
                    public Optional<Destination> destination(String petitionId, String missionId, Language language, Instant now) {
                        return Optional.empty();
                    }
                });
        for (String[] signer : new String[][] {{"il1@example.org", "US-IL"}, {"il2@example.org", "US-IL"}, {"ny@example.org", "US-NY"}}) {
            SignatureRequest plain = Fixtures.request("N", signer[0], "US");
            toMissions.sign(petition, new SignatureRequest(plain.name(), plain.email(), plain.country(), plain.city(),
                    plain.postalCode(), plain.comment(), plain.language(), plain.displayName(), plain.updates(),
                    Optional.of(signer[1])), new Links("https://t.test"), NOW);
            toMissions.confirm(EmailLinks.confirmToken(mailer.last()).orElseThrow(), NOW);
        }
        confirmed("kr@example.org", "KR");
        assertEquals(Map.of("us-chicago", 2L, "us-washington", 1L), store.read("p").byMission());
        store.adjust("p", 0, Map.of(), Map.of("us-chicago", 5L, "us-washington", -1L, "kr-busan", 2L));

        RecountResult result = recount.recount("p");
        assertEquals(Map.of("us-chicago", -5L, "us-washington", 1L, "kr-busan", -2L), result.missionCorrections());
        assertEquals(Map.of("us-chicago", 2L, "us-washington", 1L), store.read("p").byMission(),
                "signers of a country without a mission (KR) count in no mission");
        assertFalse(recount.recount("p").changed(), "a second recount finds nothing to repair");
    }

    @Test
    void aPetitionWithoutSignersRecountsToZero() {
        store.adjust("p", 5, Map.of("KR", 5L));
        recount.recount("p");
        assertEquals(PetitionCount.zero("p").total(), store.read("p").total());
        assertEquals(Map.of(), store.read("p").byCountry());
    }
}
