package org.nkpetition.updates;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.nkpetition.domain.Petition;
import org.nkpetition.mail.EmailComposer;
import org.nkpetition.mail.EmailMessage;
import org.nkpetition.mail.Mailer;
import org.nkpetition.security.SecretToken;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.ConfirmedSignatures;
import org.nkpetition.signature.SignatureStore;
import org.nkpetition.signature.TokenRecord;
import org.nkpetition.links.Links;

/**
 * News to signers who opted in, each email with a one-click unsubscribe (RFC 8058 List-Unsubscribe
 * headers and a link), at most once per signer per notification, paced for SES. Unsubscribing is
 * {@link Unsubscriptions}.
 */
public final class UpdatesService {
    private static final Duration UNSUBSCRIBE_LINK_LIFETIME = Duration.ofDays(365);
    private final ConfirmedSignatures confirmed;
    private final SignatureStore signatures;
    private final Mailer mailer;
    private final EmailComposer composer;

    public UpdatesService(ConfirmedSignatures confirmed, SignatureStore signatures, Mailer mailer, EmailComposer composer) {
        this.confirmed = confirmed;
        this.signatures = signatures;
        this.mailer = mailer;
        this.composer = composer;
    }

    public NotifyResult notify(Petition petition, Notification notification, Links links, Pacer pacer,
            Consumer<Long> progress, Instant now) {
        long sent = 0;
        long skipped = 0;
        long failed = 0;
        try (Stream<ConfirmedSignature> all = confirmed.of(petition.id())) {
            for (ConfirmedSignature signer : (Iterable<ConfirmedSignature>) all::iterator) {
                if (!signer.updates()) {
                    continue;
                }
                Optional<String> address = signatures.claimNotification(petition.id(), signer.signerKey(), notification.id());
                if (address.isEmpty()) {
                    skipped++;
                    continue;
                }
                SecretToken token = SecretToken.generate();
                signatures.putToken(new TokenRecord(token.selector(), token.verifierHash(), petition.id(), signer.signerKey(),
                        signer.language(), Optional.of(now.plus(UNSUBSCRIBE_LINK_LIFETIME)), false,
                        TokenRecord.Purpose.UNSUBSCRIBE));
                pacer.await();
                try {
                    mailer.send(email(petition, notification, signer, address.get(),
                            links.unsubscribe(token.value(), signer.language())));
                    sent++;
                    if (sent % 100 == 0) {
                        progress.accept(sent);
                    }
                } catch (RuntimeException sendFailed) {
                    // Already marked as notified: this signer misses this one rather than risk a double send.
                    failed++;
                }
            }
        }
        return new NotifyResult(sent, skipped, failed);
    }

    /** The composed update with the one-click unsubscribe headers of RFC 8058 (List-Unsubscribe, -Post). */
    private EmailMessage email(Petition petition, Notification notification, ConfirmedSignature signer, String address,
            String unsubscribeUrl) {
        EmailMessage composed = composer.update(petition, signer.language(), address, notification.subject(),
                notification.body(), unsubscribeUrl);
        return new EmailMessage(composed.to(), composed.subject(), composed.text(), composed.html(), Map.of(
                "List-Unsubscribe", "<" + unsubscribeUrl + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }
}
