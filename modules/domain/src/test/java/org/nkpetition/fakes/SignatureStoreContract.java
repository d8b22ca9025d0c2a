package org.nkpetition.fakes;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nkpetition.count.CountStore;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.domain.Language;
import org.nkpetition.security.SecretToken;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.ConfirmedSignatures;
import org.nkpetition.signature.DisplayName;
import org.nkpetition.signature.SignatureStatus;
import org.nkpetition.signature.SignatureStore;
import org.nkpetition.signature.StoredSignature;
import org.nkpetition.signature.TokenRecord;
import org.nkpetition.signature.TransactionResult;

/**
 * What every implementation of the signatures table's ports does (SignatureStore, CountStore,
 * ConfirmedSignatures): the in-memory fake and the DynamoDB adapters run these same cases, so
 * domain tests on the fake hold on DynamoDB. Subclasses give a fresh, empty table per test
 * (a new petition id is enough when the table is shared).
 */
public abstract class SignatureStoreContract {
    protected static final Instant NOW = Instant.parse("2026-09-01T10:00:00.250Z");

    /** The store under test; the three ports must see the same table. */
    protected abstract SignatureStore signatures();

    protected abstract CountStore counts();

    protected abstract ConfirmedSignatures confirmed();

    /** A petition id no other test of this run uses. */
    protected abstract String freshPetitionId();

    /**
     * Reads through an index that may lag (DynamoDB's GSIs are eventually consistent): the fake and
     * moto answer at once; a real table is asked again for a while.
     */
    protected <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done) {
        return read.get();
    }

    private String petition;

    private String petition() {
        if (petition == null) {
            petition = freshPetitionId();
        }
        return petition;
    }

    private StoredSignature pending(String signerKey, String country, DisplayName displayName, boolean updates,
            Instant expiresAt) {
        return new StoredSignature(petition(), signerKey, SignatureStatus.PENDING, "Kim Min-ji",
                updates ? Optional.of("minji@example.org") : Optional.empty(), country, Optional.of("Seoul"),
                Optional.of("04524"), Optional.of("comment"), Language.KO, displayName, updates, NOW, Optional.empty(),
                Optional.of(expiresAt), 1);
    }

    private StoredSignature pending(String signerKey, String country) {
        return pending(signerKey, country, DisplayName.FULL, false, NOW.plus(Duration.ofDays(7)));
    }

    private TokenRecord token(String signerKey, Instant expiresAt) {
        SecretToken secret = SecretToken.generate();
        return new TokenRecord(secret.selector(), secret.verifierHash(), petition(), signerKey, Language.KO,
                Optional.of(expiresAt), false, TokenRecord.Purpose.SIGNATURE);
    }

    private TokenRecord create(String signerKey, String country) {
        TokenRecord token = token(signerKey, NOW.plus(Duration.ofDays(7)));
        assertTrue(signatures().createPending(pending(signerKey, country), token, NOW));
        return token;
    }

    private StoredSignature stored(String signerKey) {
        return signatures().find(petition(), signerKey).orElseThrow(() -> new AssertionError("no signature " + signerKey));
    }

    private TokenRecord confirmNow(String signerKey, String country) {
        TokenRecord token = create(signerKey, country);
        assertEquals(TransactionResult.APPLIED, signatures().confirm(stored(signerKey), token, NOW.plusSeconds(60)));
        return token;
    }

    /** A pending signature of a signer in {@code region}, assigned to {@code missionId} (issue 14). */
    private TokenRecord createAt(String signerKey, String country, Optional<String> region, Optional<String> missionId) {
        StoredSignature plain = pending(signerKey, country);
        StoredSignature placed = new StoredSignature(plain.petitionId(), plain.signerKey(), plain.status(), plain.name(),
                plain.email(), plain.country(), plain.city(), plain.postalCode(), plain.comment(), plain.language(),
                plain.displayName(), plain.updates(), plain.createdAt(), plain.confirmedAt(), plain.expiresAt(),
                plain.emailsSent(), region, missionId);
        TokenRecord token = token(signerKey, NOW.plus(Duration.ofDays(7)));
        assertTrue(signatures().createPending(placed, token, NOW));
        return token;
    }

    @Test
    void aMissionIsCountedWithTheCountryAndUncountedWithIt() {
        TokenRecord first = createAt("m1", "US", Optional.of("US-IL"), Optional.of("us-chicago"));
        TokenRecord second = createAt("m2", "US", Optional.empty(), Optional.of("us-chicago"));
        TokenRecord third = createAt("m3", "US", Optional.of("US-CA"), Optional.of("us-los-angeles"));
        TokenRecord nowhere = createAt("m4", "FR", Optional.empty(), Optional.empty());
        assertEquals(Optional.of("US-IL"), stored("m1").region());
        assertEquals(Optional.of("us-chicago"), stored("m1").missionId());
        assertEquals(Optional.empty(), stored("m4").missionId());
        assertEquals(Map.of(), counts().read(petition()).byMission(), "pending signatures count nowhere");

        for (Map.Entry<String, TokenRecord> signer : Map.of("m1", first, "m2", second, "m3", third, "m4", nowhere).entrySet()) {
            assertEquals(TransactionResult.APPLIED, signatures().confirm(stored(signer.getKey()), signer.getValue(), NOW.plusSeconds(60)));
        }
        PetitionCount counted = counts().read(petition());
        assertEquals(4, counted.total());
        assertEquals(Map.of("us-chicago", 2L, "us-los-angeles", 1L), counted.byMission());
        assertEquals(Map.of("US", 3L, "FR", 1L), counted.byCountry());

        assertEquals(TransactionResult.APPLIED, signatures().withdraw(stored("m1"), first, NOW.plusSeconds(120),
                NOW.plus(Duration.ofDays(365))));
        assertEquals(TransactionResult.APPLIED, signatures().erase(stored("m3"), NOW.plusSeconds(130)));
        assertEquals(Map.of("us-chicago", 1L), counts().read(petition()).byMission(), "withdrawal and erasure uncount the mission");

        assertTrue(signatures().anonymise(petition(), "m2", NOW.plusSeconds(140)));
        assertEquals(Optional.of("us-chicago"), stored("m2").missionId(), "anonymising keeps the mission, as the country");
        assertEquals(Map.of("us-chicago", 1L), counts().read(petition()).byMission());
    }

    @Test
    void anonymisingDropsTheRegion() {
        TokenRecord token = createAt("r1", "US", Optional.of("US-IL"), Optional.of("us-chicago"));
        assertEquals(TransactionResult.APPLIED, signatures().confirm(stored("r1"), token, NOW.plusSeconds(60)));
        assertTrue(signatures().anonymise(petition(), "r1", NOW.plusSeconds(70)));
        assertEquals(Optional.empty(), stored("r1").region());
        assertEquals("US", stored("r1").country());
    }

    @Test
    void aSignerHasOneLiveSignature_anExpiredPendingOneIsReplaced() {
        create("k1", "KR");
        assertFalse(signatures().createPending(pending("k1", "US"), token("k1", NOW.plusSeconds(60)), NOW));
        assertEquals("KR", stored("k1").country(), "the refused write changed nothing");

        Instant expiry = NOW.plus(Duration.ofDays(7));
        Instant justBefore = Instant.ofEpochSecond(expiry.getEpochSecond());
        assertFalse(signatures().createPending(pending("k1", "US"), token("k1", expiry), justBefore),
                "not yet expired at its expiry second");
        Instant after = expiry.plusSeconds(1);
        assertTrue(signatures().createPending(pending("k1", "JP", DisplayName.FULL, false, after.plus(Duration.ofDays(7))),
                token("k1", after.plus(Duration.ofDays(7))), after));
        assertEquals("JP", stored("k1").country());
    }

    @Test
    void storedAsGiven_expiryToTheSecond_tokensOnlyAsHashes() {
        TokenRecord token = create("k1", "KR");
        StoredSignature signature = stored("k1");
        assertEquals(SignatureStatus.PENDING, signature.status());
        assertEquals("Kim Min-ji", signature.name());
        assertEquals(Optional.empty(), signature.email(), "no address without updates");
        assertEquals(Optional.of("Seoul"), signature.city());
        assertEquals(Language.KO, signature.language());
        assertEquals(Optional.of(Instant.ofEpochSecond(NOW.plus(Duration.ofDays(7)).getEpochSecond())), signature.expiresAt());
        assertEquals(1, signature.emailsSent());

        TokenRecord found = signatures().findToken(token.selector()).orElseThrow();
        assertEquals(token.verifierHash(), found.verifierHash());
        assertEquals("k1", found.signerKey());
        assertEquals(TokenRecord.Purpose.SIGNATURE, found.purpose());
        assertFalse(found.withdrawn());
        assertEquals(Optional.empty(), signatures().findToken("no-such-selector"));
    }

    @Test
    void refreshingAPendingSignatureKeepsTheFirstDetailsAndStopsAtTheEmailLimit() {
        create("k1", "KR");
        StoredSignature update = pending("k1", "US", DisplayName.INITIALS, true, NOW.plus(Duration.ofDays(8)));
        assertTrue(signatures().refreshPending(update, token("k1", NOW.plus(Duration.ofDays(8))), 3, NOW));
        StoredSignature signature = stored("k1");
        assertEquals("KR", signature.country(), "the first details win (docs/adr/0043)");
        assertEquals(Optional.of(Instant.ofEpochSecond(NOW.plus(Duration.ofDays(8)).getEpochSecond())), signature.expiresAt());
        while (signatures().countEmail(petition(), "k1", 3)) {
            // the mailer counts each email SES takes, up to the limit
        }
        assertEquals(3, stored("k1").emailsSent());
        assertFalse(signatures().refreshPending(update, token("k1", NOW.plus(Duration.ofDays(8))), 3, NOW),
                "no link is re-sent past the per-signature email limit");

        confirmNow("k2", "KR");
        assertFalse(signatures().refreshPending(pending("k2", "KR"), token("k2", NOW.plusSeconds(99)), 5, NOW),
                "a confirmed signature is not pending any more");
    }

    @Test
    void emailsPerSignatureAreBoundedAndAFailedSendIsTakenBack() {
        confirmNow("k1", "KR");
        while (signatures().countEmail(petition(), "k1", 3)) {
            // counts up to the limit, from whatever the signature had
        }
        assertEquals(3, stored("k1").emailsSent());
        assertFalse(signatures().countEmail(petition(), "k1", 3));
        signatures().uncountEmail(petition(), "k1");
        assertEquals(2, stored("k1").emailsSent());
        assertTrue(signatures().countEmail(petition(), "k1", 3), "the email SES did not take no longer counts");
        assertFalse(signatures().countEmail(petition(), "nobody", 3));
    }

    @Test
    void confirmingCountsOnceKeepsTheTokenAndOnlyTheDeliveredName() {
        TokenRecord token = create("k1", "KR");
        StoredSignature pending = stored("k1");
        Instant at = NOW.plusSeconds(60);
        assertEquals(TransactionResult.APPLIED, signatures().confirm(pending, token, at));
        assertEquals(TransactionResult.STALE, signatures().confirm(pending, token, at),
                "a second confirmation of the same pending signature changes nothing");

        PetitionCount count = counts().read(petition());
        assertEquals(1, count.total());
        assertEquals(Map.of("KR", 1L), count.byCountry());
        assertEquals(Optional.of(at), count.updatedAt());

        StoredSignature confirmed = stored("k1");
        assertEquals(SignatureStatus.CONFIRMED, confirmed.status());
        assertEquals(Optional.of(at), confirmed.confirmedAt());
        assertEquals(Optional.empty(), confirmed.expiresAt(), "a confirmed signature does not expire");
        assertEquals(Optional.empty(), signatures().findToken(token.selector()).orElseThrow().expiresAt(),
                "the token is kept to withdraw later");
    }

    @Test
    void anonymousSignersKeepNoName() {
        TokenRecord token = token("k1", NOW.plus(Duration.ofDays(7)));
        signatures().createPending(pending("k1", "KR", DisplayName.ANONYMOUS, false, NOW.plus(Duration.ofDays(7))), token, NOW);
        signatures().confirm(stored("k1"), token, NOW.plusSeconds(1));
        assertEquals("", stored("k1").name());
        ConfirmedSignature listed = eventually(() -> confirmed().of(petition()).toList(), l -> l.size() == 1).get(0);
        assertEquals(Optional.empty(), listed.rosterName());

        TokenRecord initials = token("k2", NOW.plus(Duration.ofDays(7)));
        signatures().createPending(pending("k2", "KR", DisplayName.INITIALS, false, NOW.plus(Duration.ofDays(7))), initials, NOW);
        signatures().confirm(stored("k2"), initials, NOW.plusSeconds(2));
        assertEquals(DisplayName.INITIALS.render("Kim Min-ji").orElseThrow(), stored("k2").name(),
                "only the initials are kept");
    }

    @Test
    void aPendingSignatureCannotBeConfirmedFromItsExpirySecondOn() {
        Instant expiry = NOW.plus(Duration.ofDays(7));
        TokenRecord token = create("k1", "KR");
        StoredSignature pending = stored("k1");
        Instant expirySecond = Instant.ofEpochSecond(expiry.getEpochSecond());
        assertEquals(TransactionResult.STALE, signatures().confirm(pending, token, expirySecond));
        assertEquals(TransactionResult.APPLIED, signatures().confirm(pending, token, expirySecond.minusSeconds(1)));
    }

    @Test
    void withdrawingUncountsDeletesAndLeavesAnAnonymousTombstone() {
        TokenRecord token = confirmNow("k1", "KR");
        confirmNow("k2", "KR");
        StoredSignature confirmed = stored("k1");
        TokenRecord kept = signatures().findToken(token.selector()).orElseThrow();
        Instant keepUntil = NOW.plus(Duration.ofDays(365));
        assertEquals(TransactionResult.APPLIED, signatures().withdraw(confirmed, kept, NOW.plusSeconds(120), keepUntil));
        assertEquals(TransactionResult.STALE, signatures().withdraw(confirmed, kept, NOW.plusSeconds(120), keepUntil));
        assertEquals(Optional.empty(), signatures().find(petition(), "k1"));
        assertEquals(1, counts().read(petition()).total());
        assertEquals(Map.of("KR", 1L), counts().read(petition()).byCountry());
        TokenRecord tombstone = signatures().findToken(token.selector()).orElseThrow();
        assertTrue(tombstone.withdrawn());
        assertEquals("", tombstone.signerKey(), "nothing left that identifies the signer");
        assertEquals(Optional.of(Instant.ofEpochSecond(keepUntil.getEpochSecond())), tombstone.expiresAt());
    }

    @Test
    void withdrawingAPendingSignatureCountsNothing() {
        TokenRecord token = create("k1", "KR");
        confirmNow("k2", "US");
        assertEquals(TransactionResult.APPLIED, signatures().withdraw(stored("k1"), token, NOW, NOW.plusSeconds(9)));
        assertEquals(Map.of("US", 1L), counts().read(petition()).byCountry());
        assertEquals(1, counts().read(petition()).total());
    }

    @Test
    void erasingLeavesNothingAndUncounts() {
        TokenRecord token = confirmNow("k1", "KR");
        assertEquals(TransactionResult.APPLIED, signatures().erase(stored("k1"), NOW));
        assertEquals(Optional.empty(), signatures().find(petition(), "k1"));
        assertEquals(0, counts().read(petition()).total());
        assertEquals(Map.of(), counts().read(petition()).byCountry(), "countries at zero are not shown");
        assertFalse(signatures().findToken(token.selector()).orElseThrow().withdrawn(), "erase writes no tombstone");
    }

    @Test
    void anonymisingKeepsOnlyCountryAndDates() {
        TokenRecord token = token("k1", NOW.plus(Duration.ofDays(7)));
        signatures().createPending(pending("k1", "KR", DisplayName.FULL, true, NOW.plus(Duration.ofDays(7))), token, NOW);
        signatures().confirm(stored("k1"), token, NOW.plusSeconds(5));
        assertTrue(signatures().anonymise(petition(), "k1", NOW.plusSeconds(10)));
        StoredSignature left = stored("k1");
        assertEquals("", left.name());
        assertEquals(Optional.empty(), left.email());
        assertEquals(Optional.empty(), left.city());
        assertEquals(Optional.empty(), left.postalCode());
        assertEquals(Optional.empty(), left.comment());
        assertFalse(left.updates());
        assertEquals(DisplayName.ANONYMOUS, left.displayName());
        assertEquals("KR", left.country());
        assertEquals(Optional.of(NOW.plusSeconds(5)), left.confirmedAt());
        ConfirmedSignature listed = eventually(() -> confirmed().of(petition()).toList(),
                l -> l.size() == 1 && l.get(0).rosterName().isEmpty()).get(0);
        assertEquals(Optional.empty(), listed.rosterName());
        assertEquals(Optional.empty(), listed.city());
        assertEquals(Optional.empty(), listed.comment());
        assertEquals(1, counts().read(petition()).total(), "counts survive");
        assertFalse(signatures().anonymise(petition(), "nobody", NOW));
    }

    @Test
    void aNotificationIsClaimedOncePerSignerAndOnlyForOptedInAddresses() {
        TokenRecord token = token("k1", NOW.plus(Duration.ofDays(7)));
        signatures().createPending(pending("k1", "KR", DisplayName.FULL, true, NOW.plus(Duration.ofDays(7))), token, NOW);
        signatures().confirm(stored("k1"), token, NOW.plusSeconds(5));
        confirmNow("k2", "KR");
        assertEquals(Optional.of("minji@example.org"), signatures().claimNotification(petition(), "k1", "n1"));
        assertEquals(Optional.empty(), signatures().claimNotification(petition(), "k1", "n1"), "once");
        assertEquals(Optional.of("minji@example.org"), signatures().claimNotification(petition(), "k1", "n2"));
        assertEquals(Optional.empty(), signatures().claimNotification(petition(), "k2", "n1"), "not opted in");
        assertEquals(Optional.empty(), signatures().claimNotification(petition(), "nobody", "n1"));

        assertTrue(signatures().unsubscribe(petition(), "k1"));
        assertEquals(Optional.empty(), stored("k1").email(), "the address is forgotten");
        assertFalse(stored("k1").updates());
        assertEquals(Optional.empty(), signatures().claimNotification(petition(), "k1", "n3"));
        assertFalse(signatures().unsubscribe(petition(), "nobody"));
    }

    @Test
    void confirmedSignaturesAreListedInConfirmationOrderWithoutPendingOnes() {
        create("pending", "FR");
        TokenRecord b = create("b", "US");
        TokenRecord a = create("a", "KR");
        signatures().confirm(stored("b"), b, NOW.plusSeconds(1));
        signatures().confirm(stored("a"), a, NOW.plusSeconds(2));
        List<ConfirmedSignature> listed = eventually(() -> confirmed().of(petition()).toList(), l -> l.size() == 2);
        assertEquals(List.of("b", "a"), listed.stream().map(ConfirmedSignature::signerKey).toList());
        ConfirmedSignature first = listed.get(0);
        assertEquals(petition(), first.petitionId());
        assertEquals(Optional.of("Kim Min-ji"), first.rosterName());
        assertEquals("US", first.country());
        assertEquals(Optional.of("Seoul"), first.city());
        assertEquals(NOW.plusSeconds(1), first.confirmedAt());
        assertEquals(Language.KO, first.language());
        try (Stream<ConfirmedSignature> none = confirmed().of(freshPetitionId())) {
            assertEquals(0, none.count());
        }
    }

    @Test
    void countsAreAdjustedByDeltasAndZeroCountriesAreNotShown() {
        assertEquals(PetitionCount.zero(petition()), counts().read(petition()));
        counts().adjust(petition(), 5, Map.of("KR", 3L, "US", 2L));
        counts().adjust(petition(), -2, Map.of("US", -2L));
        PetitionCount count = counts().read(petition());
        assertEquals(3, count.total());
        assertEquals(Map.of("KR", 3L), count.byCountry());
        assertTrue(count.updatedAt().isPresent());
    }
}
