package org.nkpetition.updates;

import org.nkpetition.fakes.PlainEmailComposer;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.nkpetition.signature.DisplayName;
import org.nkpetition.signature.SigningService;
import org.nkpetition.links.Links;

/** News reaches only opted-in signers, at most once each per notification; one click unsubscribes and forgets the address. */
class UpdatesServiceTest {
    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    private final InMemorySignatureStore store = new InMemorySignatureStore();
    private final RecordingMailer signingMail = new RecordingMailer();
    private final RecordingMailer newsMail = new RecordingMailer();
    private final SigningService signing = new SigningService(store, signingMail, new PlainEmailComposer(),
            new KeyedHash("a-test-signer-hash-key-of-32-characters-or-more"), Duration.ofDays(7));
    private final UpdatesService updates = new UpdatesService(store, store, newsMail, new PlainEmailComposer());
    private final Unsubscriptions unsubscriptions = new Unsubscriptions(store);
    private final Petition petition = Fixtures.openPetition("p");
    private final Links links = new Links("https://t.test");
    private final Notification news = Notification.of("Delivered", "We delivered your signatures.\n\nThank you.");

    private void signer(String email, boolean wantsUpdates, boolean confirm) {
        signing.sign(petition, Fixtures.fullRequest("Name", email, "KR", Language.EN, DisplayName.FULL, wantsUpdates), links, NOW);
        if (confirm) {
            signing.confirm(EmailLinks.confirmToken(signingMail.last()).orElseThrow(), NOW);
        }
    }

    private NotifyResult notifySigners() {
        List<Long> progress = new ArrayList<>();
        return updates.notify(petition, news, links, new Pacer(1_000_000), progress::add, NOW);
    }

    @Test
    void onlyConfirmedOptedInSignersAreNotifiedAndOnlyOnce() {
        signer("yes@example.org", true, true);
        signer("no@example.org", false, true);
        signer("pending@example.org", true, false);
        assertEquals(new NotifyResult(1, 0, 0), notifySigners());
        assertEquals(List.of("yes@example.org"), newsMail.sent().stream().map(EmailMessage::to).toList());
        EmailMessage email = newsMail.last();
        assertEquals("Delivered", email.subject());
        assertTrue(email.headers().get("List-Unsubscribe").startsWith("<https://t.test/signatures/unsubscribe?token="));
        assertEquals("List-Unsubscribe=One-Click", email.headers().get("List-Unsubscribe-Post"));

        assertEquals(new NotifyResult(0, 1, 0), notifySigners(), "a rerun emails nobody twice");
        assertEquals(1, newsMail.sent().size());
    }

    @Test
    void aFailedSendIsCountedAndNotRetried() {
        signer("bounces@example.org", true, true);
        newsMail.failWhen(message -> true);
        assertEquals(new NotifyResult(0, 0, 1), notifySigners());
        newsMail.failWhen(message -> false);
        assertEquals(new NotifyResult(0, 1, 0), notifySigners(), "marked before sending: never a double send");
    }

    @Test
    void unsubscribingStopsTheNewsAndForgetsTheAddress() {
        signer("leave@example.org", true, true);
        notifySigners();
        String token = EmailLinks.unsubscribeToken(newsMail.last()).orElseThrow();
        assertTrue(unsubscriptions.link(token).isPresent());
        assertEquals(Unsubscriptions.Outcome.UNSUBSCRIBED, unsubscriptions.unsubscribe(token));
        assertEquals(Unsubscriptions.Outcome.UNSUBSCRIBED, unsubscriptions.unsubscribe(token), "repeating is harmless");
        assertEquals(Optional.empty(), store.rows().get(0).email());
        assertFalse(store.rows().get(0).updates());
        assertEquals(1, store.read("p").total(), "still counted");
        assertEquals(new NotifyResult(0, 0, 0), updates.notify(petition, Notification.of("Next", "More"), links,
                new Pacer(1_000_000), n -> { }, NOW));
    }

    @Test
    void aConfirmationLinkCannotUnsubscribeAndJunkIsInvalid() {
        signer("mixed@example.org", true, false);
        String confirmToken = EmailLinks.confirmToken(signingMail.last()).orElseThrow();
        assertEquals(Unsubscriptions.Outcome.INVALID, unsubscriptions.unsubscribe(confirmToken));
        assertEquals(Unsubscriptions.Outcome.INVALID, unsubscriptions.unsubscribe("junk"));
        assertEquals(Unsubscriptions.Outcome.INVALID, unsubscriptions.unsubscribe(null));
        assertTrue(store.rows().get(0).email().isPresent());
    }
}
