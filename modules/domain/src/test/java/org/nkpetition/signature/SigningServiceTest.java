package org.nkpetition.signature;

import org.nkpetition.fakes.PlainEmailComposer;
import org.nkpetition.domain.StoreBusyException;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.fakes.EmailLinks;
import org.nkpetition.fakes.Fixtures;
import org.nkpetition.fakes.InMemorySignatureStore;
import org.nkpetition.fakes.RecordingMailer;
import org.nkpetition.mail.EmailComposer;
import org.nkpetition.mail.EmailMessage;
import org.nkpetition.security.KeyedHash;
import org.nkpetition.security.SecretToken;
import org.nkpetition.links.Links;

/**
 * The signature rules of DESIGN.md ("Signature rules") on the in-memory store: one signature per
 * canonical email, re-sends bounded per signature, the "already signed" note, exactly-once
 * confirmation, tokens kept only as hashes, pending expiry, data minimisation. No emulator.
 */
class SigningServiceTest {
    private static final Instant T0 = Instant.parse("2026-09-01T10:00:00Z");
    private static final Duration PENDING = Duration.ofDays(7);
    private static final String KEY = "a-test-signer-hash-key-of-32-characters-or-more";

    private final InMemorySignatureStore store = new InMemorySignatureStore();
    private final RecordingMailer mailer = new RecordingMailer();
    private final SigningService signing = new SigningService(store, mailer, new PlainEmailComposer(), new KeyedHash(KEY), PENDING);
    private final Petition petition = Fixtures.openPetition("stop-forced-repatriation");
    private final Links links = new Links("https://petition.test");

    private SignOutcome sign(String email) {
        return sign(Fixtures.request("Kim Min-ji", email, "KR"), T0);
    }

    private SignOutcome sign(SignatureRequest request, Instant at) {
        return signing.sign(petition, request, links, at);
    }

    private String tokenOf(EmailMessage email) {
        return EmailLinks.confirmToken(email).orElseThrow(() -> new AssertionError("no confirmation link"));
    }

    private String signedToken(SignatureRequest request) {
        assertEquals(SignOutcome.CONFIRMATION_SENT, sign(request, T0));
        return tokenOf(mailer.last());
    }

    private String confirmedToken(SignatureRequest request) {
        String token = signedToken(request);
        assertEquals(new ConfirmOutcome.Confirmed(petition.id(), true), signing.confirm(token, T0.plusSeconds(60)));
        return token;
    }

    @Test
    void oneSignaturePerPetitionPerCanonicalEmail() {
        assertEquals(SignOutcome.CONFIRMATION_SENT, sign("Minji.Kim@Example.org"));
        assertEquals(SignOutcome.CONFIRMATION_RESENT, sign("  minji.kim+petition@example.ORG "));
        assertEquals(SignOutcome.CONFIRMATION_RESENT, sign("MINJI.KIM@EXAMPLE.ORG"));
        assertEquals(1, store.rows().size(), "case, spaces and +tags make no second signature");
        assertEquals(signing.signerKey(petition.id(), "minji.kim@example.org"), store.rows().get(0).signerKey());

        assertEquals(SignOutcome.CONFIRMATION_SENT, sign("minji.kim2@example.org"), "another address signs anew");
        Petition other = Fixtures.openPetition("another-petition");
        assertEquals(SignOutcome.CONFIRMATION_SENT,
                signing.sign(other, Fixtures.request("Kim Min-ji", "minji.kim@example.org", "KR"), links, T0));
        assertEquals(3, store.rows().size());
        assertNotEquals(signing.signerKey(petition.id(), "x@example.org"), signing.signerKey(other.id(), "x@example.org"),
                "a signer key cannot link one person's signatures across petitions");
    }

    @Test
    void signingAgainWhilePendingReSendsAtMostFiveEmailsInAll() {
        List<SignOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            outcomes.add(sign("resend@example.org"));
        }
        assertEquals(List.of(SignOutcome.CONFIRMATION_SENT, SignOutcome.CONFIRMATION_RESENT, SignOutcome.CONFIRMATION_RESENT,
                SignOutcome.CONFIRMATION_RESENT, SignOutcome.CONFIRMATION_RESENT, SignOutcome.EMAIL_LIMIT_REACHED,
                SignOutcome.EMAIL_LIMIT_REACHED, SignOutcome.EMAIL_LIMIT_REACHED), outcomes);
        assertEquals(SigningService.MAX_EMAILS_PER_SIGNATURE, mailer.sentTo("resend@example.org").size());
        assertEquals(5, store.rows().get(0).emailsSent());
        // Every re-sent link works: the latest one confirms.
        assertInstanceOf(ConfirmOutcome.Confirmed.class, signing.confirm(tokenOf(mailer.last()), T0.plusSeconds(1)));
    }

    @Test
    void aReSendKeepsTheFirstDetailsSoNoEarlierLinkConfirmsSomeoneElsesData() {
        sign(Fixtures.request("Old Name", "details@example.org", "KR"), T0);
        sign(Fixtures.fullRequest("New Name", "details@example.org", "JP", Language.ES, DisplayName.INITIALS, false),
                T0.plusSeconds(5));
        InMemorySignatureStore.Row row = store.rows().get(0);
        // The first details win (docs/adr/0043): a link confirms exactly what was sent with it.
        assertEquals("KR", row.country());
        assertEquals(Optional.of("Old Name"), row.name());
        assertEquals(Optional.of(T0.plusSeconds(5).plus(PENDING).getEpochSecond()), row.expiresAtEpochSecond(),
                "the new link lives its full lifetime");
    }

    @Test
    void signingAgainOnceConfirmedSendsAnAlreadySignedNoteBoundedLikeTheRest() {
        confirmedToken(Fixtures.request("Kim Min-ji", "noted@example.org", "KR"));
        mailer.clear();

        List<SignOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            outcomes.add(sign(Fixtures.request("Kim Min-ji", "Noted+again@example.org", "KR"), T0.plusSeconds(100 + i)));
        }
        assertEquals(List.of(SignOutcome.ALREADY_SIGNED_NOTE_SENT, SignOutcome.ALREADY_SIGNED_NOTE_SENT,
                SignOutcome.ALREADY_SIGNED_NOTE_SENT, SignOutcome.ALREADY_SIGNED_NOTE_SENT,
                SignOutcome.EMAIL_LIMIT_REACHED), outcomes, "one confirmation and four notes: five emails");
        EmailMessage note = mailer.sent().get(0);
        assertEquals("Noted+again@example.org", note.to(), "the note goes where this request asked");
        assertEquals(Optional.empty(), EmailLinks.confirmToken(note), "a note confirms nothing");
        assertTrue(note.text().contains(links.petition(petition.id(), Language.EN)), "it links to the petition");
        assertEquals(1, store.read(petition.id()).total(), "signing again counts nothing");
        assertEquals(SignatureStatus.CONFIRMED, store.rows().get(0).status());
    }

    @Test
    void confirmationIsExactlyOnce() {
        String token = signedToken(Fixtures.request("Once", "once@example.org", "BR"));
        assertEquals(new ConfirmOutcome.Confirmed(petition.id(), true), signing.confirm(token, T0.plusSeconds(1)));
        assertEquals(new ConfirmOutcome.Confirmed(petition.id(), false), signing.confirm(token, T0.plusSeconds(2)));
        assertEquals(new ConfirmOutcome.Confirmed(petition.id(), false), signing.confirm(" " + token + " ", T0.plusSeconds(3)));
        assertEquals(1, store.read(petition.id()).total());
        assertEquals(java.util.Map.of("BR", 1L), store.read(petition.id()).byCountry());
        assertEquals(Optional.of(T0.plusSeconds(1)), store.rows().get(0).confirmedAt());
    }

    @Test
    void fiftyConcurrentConfirmationsOfOneTokenCountOnce() throws Exception {
        String token = signedToken(Fixtures.request("Racer", "racer@example.org", "BR"));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch ready = new CountDownLatch(50);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<ConfirmOutcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return signing.confirm(token, T0.plusSeconds(1));
                }));
            }
            ready.await();
            go.countDown();
            long justNow = 0;
            for (Future<ConfirmOutcome> outcome : outcomes) {
                ConfirmOutcome.Confirmed confirmed = assertInstanceOf(ConfirmOutcome.Confirmed.class, outcome.get());
                justNow += confirmed.justNow() ? 1 : 0;
            }
            assertEquals(1, justNow, "one request confirmed; the others found it confirmed");
            assertEquals(1, store.read(petition.id()).total());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void conflictingTransactionsAreRetriedAndABusyStoreIsReportedNotSwallowed() {
        String token = signedToken(Fixtures.request("Busy", "busy@example.org", "KR"));
        store.conflictNext(3);
        assertEquals(new ConfirmOutcome.Confirmed(petition.id(), true), signing.confirm(token, T0.plusSeconds(1)));
        assertEquals(1, store.read(petition.id()).total());

        String other = signedToken(Fixtures.request("Busier", "busier@example.org", "KR"));
        store.conflictNext(1000);
        assertThrows(StoreBusyException.class, () -> signing.confirm(other, T0.plusSeconds(1)));
        store.conflictNext(0);
        assertEquals(1, store.read(petition.id()).total(), "nothing counted while busy");
    }

    @Test
    void tokensAreKeptOnlyAsHashesAndMustMatchExactly() {
        String token = signedToken(Fixtures.request("Hash", "hash@example.org", "KR"));
        SecretToken parsed = SecretToken.parse(token).orElseThrow();
        TokenRecord record = store.tokens().get(0);
        assertEquals(parsed.selector(), record.selector());
        assertNotEquals(parsed.verifier(), record.verifierHash());
        assertTrue(parsed.matches(record.verifierHash()));
        for (TokenRecord kept : store.tokens()) {
            assertFalse(kept.verifierHash().contains(parsed.verifier()), "the verifier itself is never stored");
        }
        for (InMemorySignatureStore.Row row : store.rows()) {
            row.texts().forEach(text -> assertFalse(text.contains(parsed.verifier()), "the token is not in the signature"));
        }

        String forged = parsed.selector() + "." + SecretToken.generate().verifier();
        assertEquals(new ConfirmOutcome.Invalid(), signing.confirm(forged, T0.plusSeconds(1)));
        assertEquals(new TokenCheck.Invalid(), signing.check(forged, T0.plusSeconds(1)));
        assertEquals(new WithdrawOutcome.Invalid(), signing.withdraw(forged, T0.plusSeconds(1)));
        for (String junk : new String[] {null, "", "not-a-token", token + "x", token.replace('.', '-')}) {
            assertEquals(new ConfirmOutcome.Invalid(), signing.confirm(junk, T0.plusSeconds(1)), String.valueOf(junk));
        }
        assertEquals(0, store.read(petition.id()).total());
    }

    @Test
    void aLinkFromAnUnsubscribeEmailCannotConfirm() {
        signedToken(Fixtures.request("Purpose", "purpose@example.org", "KR"));
        SecretToken unsubscribe = SecretToken.generate();
        InMemorySignatureStore.Row row = store.rows().get(0);
        store.putToken(new TokenRecord(unsubscribe.selector(), unsubscribe.verifierHash(), petition.id(), row.signerKey(),
                Language.EN, Optional.empty(), false, TokenRecord.Purpose.UNSUBSCRIBE));
        assertEquals(new ConfirmOutcome.Invalid(), signing.confirm(unsubscribe.value(), T0.plusSeconds(1)));
        assertEquals(new WithdrawOutcome.Invalid(), signing.withdraw(unsubscribe.value(), T0.plusSeconds(1)));
    }

    @Test
    void pendingSignaturesExpire() {
        String token = signedToken(Fixtures.request("Late", "late@example.org", "KR"));
        Instant expiry = T0.plus(PENDING);
        assertEquals(new TokenCheck.Pending(petition.id(), Language.EN, Optional.of("Late"), DisplayName.FULL, "KR"),
                signing.check(token, expiry.minusSeconds(1)));
        assertEquals(new TokenCheck.Expired(Optional.of(Language.EN)), signing.check(token, expiry.plusSeconds(1)));
        assertEquals(new ConfirmOutcome.Expired(), signing.confirm(token, expiry.plusSeconds(1)));
        assertEquals(0, store.read(petition.id()).total());

        // Signing again after expiry is a first signing: a new pending signature and a new link.
        assertEquals(SignOutcome.CONFIRMATION_SENT, sign(Fixtures.request("Late", "late@example.org", "KR"),
                expiry.plusSeconds(1)));
        assertEquals(1, store.rows().size());
    }

    @Test
    void aLinkConfirmedAtItsExpirySecondIsExpiredNotABusyStore() {
        String token = signedToken(Fixtures.request("Edge", "edge@example.org", "KR"));
        Instant expiry = T0.plus(PENDING);
        assertEquals(new ConfirmOutcome.Expired(), signing.confirm(token, expiry));
        assertEquals(new TokenCheck.Expired(Optional.of(Language.EN)), signing.check(token, expiry));
        assertEquals(new ConfirmOutcome.Confirmed(petition.id(), true), signing.confirm(token, expiry.minusSeconds(1)));
    }

    @Test
    void aLinkShowsWhatConfirmingWillCountTheNameAsDeliveredAndTheCountry() {
        String full = signedToken(Fixtures.fullRequest("Kim Min-ji", "full@example.org", "KR", Language.KO, DisplayName.FULL, false));
        String initials = signedToken(Fixtures.fullRequest("Kim Min-ji", "initials@example.org", "JP", Language.EN,
                DisplayName.INITIALS, false));
        String anonymous = signedToken(Fixtures.fullRequest("Kim Min-ji", "anon@example.org", "US", Language.ES,
                DisplayName.ANONYMOUS, false));
        assertEquals(new TokenCheck.Pending(petition.id(), Language.KO, Optional.of("Kim Min-ji"), DisplayName.FULL, "KR"),
                signing.check(full, T0.plusSeconds(1)));
        assertEquals(new TokenCheck.Pending(petition.id(), Language.EN, Optional.of("K. M. J."), DisplayName.INITIALS, "JP"),
                signing.check(initials, T0.plusSeconds(1)));
        assertEquals(new TokenCheck.Pending(petition.id(), Language.ES, Optional.empty(), DisplayName.ANONYMOUS, "US"),
                signing.check(anonymous, T0.plusSeconds(1)), "an anonymous signer's name is not even carried");
    }

    @Test
    void lookingAtALinkNeverConfirms() {
        String token = signedToken(Fixtures.request("Scanner", "scanner@example.org", "KR"));
        for (int i = 0; i < 3; i++) {
            assertEquals(new TokenCheck.Pending(petition.id(), Language.EN, Optional.of("Scanner"), DisplayName.FULL, "KR"),
                    signing.check(token, T0.plusSeconds(1)));
        }
        assertEquals(0, store.read(petition.id()).total());
        assertEquals(SignatureStatus.PENDING, store.rows().get(0).status());
        signing.confirm(token, T0.plusSeconds(2));
        assertEquals(new TokenCheck.AlreadyConfirmed(petition.id(), Language.EN), signing.check(token, T0.plusSeconds(3)));
    }

    @Test
    void onlyWhatIsNeededIsKept() {
        String email = "private.person@example.org";
        confirmedToken(Fixtures.fullRequest("Private Person", email, "KR", Language.KO, DisplayName.INITIALS, false));
        InMemorySignatureStore.Row row = store.rows().get(0);
        assertEquals(Optional.empty(), row.email(), "no address kept without an opt-in to updates");
        assertEquals(Optional.empty(), row.name(), "the typed name goes at confirmation");
        assertEquals(DisplayName.INITIALS.render("Private Person"), row.rosterName(), "only what will be delivered");
        assertEquals(Optional.empty(), row.expiresAtEpochSecond());
        for (String text : row.texts()) {
            assertFalse(text.contains("private.person") || text.contains("Private Person"), "kept: " + text);
        }
        for (TokenRecord token : store.tokens()) {
            assertFalse(token.signerKey().contains("private"), "the signer key is a keyed hash");
        }

        confirmedToken(Fixtures.fullRequest("Anon Ymous", "anon@example.org", "KR", Language.EN, DisplayName.ANONYMOUS, false));
        assertEquals(Optional.empty(), store.rows().get(1).rosterName(), "an anonymous signer keeps no name at all");

        confirmedToken(Fixtures.fullRequest("News Reader", "  news@example.org ", "KR", Language.EN, DisplayName.FULL, true));
        assertEquals(Optional.of("news@example.org"), store.rows().get(2).email(), "kept, trimmed, for the updates asked for");
    }

    @Test
    void withdrawingUncountsDeletesAndIsIdempotent() {
        String token = confirmedToken(Fixtures.request("Leaving", "leaving@example.org", "KR"));
        assertEquals(1, store.read(petition.id()).total());
        assertEquals(new WithdrawOutcome.Withdrawn(petition.id(), true), signing.withdraw(token, T0.plusSeconds(100)));
        assertEquals(new WithdrawOutcome.Withdrawn(petition.id(), false), signing.withdraw(token, T0.plusSeconds(101)));
        assertEquals(0, store.read(petition.id()).total());
        assertTrue(store.rows().isEmpty(), "every personal detail is gone");
        assertEquals("", store.tokens().get(0).signerKey(), "the link is left as an anonymous tombstone");
        assertEquals(new ConfirmOutcome.Expired(), signing.confirm(token, T0.plusSeconds(102)));
        assertEquals(new TokenCheck.Withdrawn(petition.id(), Language.EN), signing.check(token, T0.plusSeconds(102)));

        // Signing again after withdrawing starts over.
        assertEquals(SignOutcome.CONFIRMATION_SENT, sign(Fixtures.request("Back", "leaving@example.org", "KR"), T0.plusSeconds(200)));
    }

    @Test
    void withdrawingAPendingSignatureRemovesItAndCountsNothing() {
        String token = signedToken(Fixtures.request("Pending", "pending@example.org", "KR"));
        confirmedToken(Fixtures.request("Stays", "stays@example.org", "KR"));
        assertEquals(new WithdrawOutcome.Withdrawn(petition.id(), true), signing.withdraw(token, T0.plusSeconds(5)));
        assertEquals(1, store.rows().size());
        assertEquals(1, store.read(petition.id()).total());
    }
}
