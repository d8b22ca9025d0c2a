package org.nkpetition.mail;

import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;

/**
 * Writes the emails signers receive, in their language, as a subject, a text body and an HTML body.
 * A port: the domain decides when to write and to whom; how the words are laid out (templates) is
 * the mail module's business ({@code org.nkpetition.mail.composing.TemplatedEmailComposer}).
 */
public interface EmailComposer {

    /**
     * "Please confirm your signature", with the link that leads to the confirmation button and the one
     * that withdraws the signature later (the signer keeps control of their data).
     */
    EmailMessage confirmation(Petition petition, Language language, String to, String confirmUrl, String withdrawUrl);

    /** Sent instead of a confirmation when the address has already signed, so the web response never tells. */
    EmailMessage alreadySigned(Petition petition, Language language, String to, String petitionUrl);

    /** The email a queued job stands for, with its links under the job's base URL. */
    EmailMessage compose(MailJob job);

    /**
     * A campaign update to a confirmed signer who asked for news: the operators' subject and body
     * (paragraphs split at blank lines), with the unsubscribe link in its text; the caller adds
     * the one-click headers.
     */
    EmailMessage update(Petition petition, Language language, String to, String subject, String body,
            String unsubscribeUrl);
}
