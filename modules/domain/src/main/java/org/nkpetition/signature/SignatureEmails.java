package org.nkpetition.signature;

import org.nkpetition.mail.EmailComposer;
import org.nkpetition.mail.MailFailure;
import org.nkpetition.mail.MailJob;
import org.nkpetition.mail.Mailer;
import org.nkpetition.mail.Suppressions;

/**
 * Hands one queued email to the mail service, counting it against its signature's limit only if
 * the service takes it ({@link SigningService#MAX_EMAILS_PER_SIGNATURE}). A signature that is gone
 * (withdrawn, expired, erased) gets nothing.
 */
public final class SignatureEmails {
    /** What became of a job. */
    public enum Delivery {
        SENT,
        /** The signature had its emails already, no longer exists, or the address is suppressed: dropped, on purpose. */
        NOT_DUE
    }

    private final SignatureStore store;
    private final Mailer mailer;
    private final EmailComposer composer;
    private final Suppressions suppressions;

    public SignatureEmails(SignatureStore store, Mailer mailer, EmailComposer composer) {
        this(store, mailer, composer, Suppressions.NONE);
    }

    /** @param suppressions addresses that bounced for good or complained: never emailed again */
    public SignatureEmails(SignatureStore store, Mailer mailer, EmailComposer composer, Suppressions suppressions) {
        this.store = store;
        this.mailer = mailer;
        this.composer = composer;
        this.suppressions = suppressions;
    }

    /**
     * Counts, then sends; takes the count back when sending fails, so a signer is never locked out
     * by an outage (the email is retried by the queue).
     *
     * @throws MailFailure when the mail service did not take it (THROTTLED, TRANSIENT or REJECTED)
     */
    public Delivery deliver(MailJob job) {
        if (suppressions.isSuppressed(job.to())) {
            return Delivery.NOT_DUE;
        }
        if (!store.countEmail(job.petitionId(), job.signerKey(), SigningService.MAX_EMAILS_PER_SIGNATURE)) {
            return Delivery.NOT_DUE;
        }
        try {
            mailer.send(composer.compose(job));
            return Delivery.SENT;
        } catch (MailFailure failure) {
            store.uncountEmail(job.petitionId(), job.signerKey());
            throw failure;
        } catch (RuntimeException unexpected) {
            store.uncountEmail(job.petitionId(), job.signerKey());
            throw new MailFailure(MailFailure.Kind.TRANSIENT, "mailer:" + unexpected.getClass().getSimpleName());
        }
    }
}
