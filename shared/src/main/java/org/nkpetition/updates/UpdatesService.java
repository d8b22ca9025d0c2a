package org.nkpetition.updates;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.nkpetition.domain.Petition;
import org.nkpetition.i18n.Messages;
import org.nkpetition.mail.EmailMessage;
import org.nkpetition.mail.Mailer;
import org.nkpetition.security.SecretToken;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.ConfirmedSignatures;
import org.nkpetition.signature.SignatureStore;
import org.nkpetition.signature.TokenRecord;
import org.nkpetition.links.Links;
import org.nkpetition.templates.Templates;

/**
 * News to signers who opted in, each email with a one-click unsubscribe (RFC 8058 List-Unsubscribe
 * headers and a link), at most once per signer per notification, paced for SES; and unsubscribing.
 */
public final class UpdatesService {
    private static final Duration UNSUBSCRIBE_LINK_LIFETIME = Duration.ofDays(365);
    private final ConfirmedSignatures confirmed;
    private final SignatureStore signatures;
    private final Mailer mailer;

    public UpdatesService(ConfirmedSignatures confirmed, SignatureStore signatures, Mailer mailer) {
        this.confirmed = confirmed;
        this.signatures = signatures;
        this.mailer = mailer;
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

    private static EmailMessage email(Petition petition, Notification notification, ConfirmedSignature signer,
            String address, String unsubscribeUrl) {
        Messages messages = Messages.of(signer.language());
        Map<String, Object> context = new HashMap<>();
        context.put("t", messages.all());
        context.put("lang", signer.language().code());
        context.put("title", petition.text(signer.language()).title());
        context.put("subject", notification.subject());
        context.put("paragraphs", notification.body().strip().split("\\R\\s*\\R"));
        context.put("body", notification.body().strip());
        context.put("unsubscribe", unsubscribeUrl);
        Map<String, String> headers = Map.of(
                "List-Unsubscribe", "<" + unsubscribeUrl + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new EmailMessage(address, notification.subject(), Templates.render("email/update.txt", context),
                Templates.render("email/update.html", context), headers);
    }

    /** What an unsubscribe link did. */
    public enum UnsubscribeOutcome {
        UNSUBSCRIBED, INVALID
    }

    /** The valid unsubscribe link's record, for the page with the button; empty for anything else. */
    public Optional<TokenRecord> unsubscribeLink(String tokenText) {
        Optional<SecretToken> token = SecretToken.parse(tokenText);
        return token.flatMap(t -> signatures.findToken(t.selector()))
                .filter(r -> r.purpose() == TokenRecord.Purpose.UNSUBSCRIBE && token.get().matches(r.verifierHash()));
    }

    /** Stops updates for the link's signer and forgets their address; repeating it is harmless. */
    public UnsubscribeOutcome unsubscribe(String tokenText) {
        Optional<TokenRecord> record = unsubscribeLink(tokenText);
        if (record.isEmpty()) {
            return UnsubscribeOutcome.INVALID;
        }
        signatures.unsubscribe(record.get().petitionId(), record.get().signerKey());
        return UnsubscribeOutcome.UNSUBSCRIBED;
    }
}
