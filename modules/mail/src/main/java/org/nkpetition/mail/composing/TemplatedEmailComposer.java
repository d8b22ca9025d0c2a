package org.nkpetition.mail.composing;

import org.nkpetition.i18n.DestinationText;

import java.util.HashMap;
import java.util.Map;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.i18n.Messages;
import org.nkpetition.links.Links;
import org.nkpetition.mail.EmailComposer;
import org.nkpetition.mail.EmailMessage;
import org.nkpetition.mail.MailJob;
import org.nkpetition.templates.Templates;

/**
 * Writes the emails signers receive from the mustache templates under {@code templates/email/}
 * (text and HTML, words from the language bundles).
 */
public final class TemplatedEmailComposer implements EmailComposer {

    /**
     * "Please confirm your signature", with the link that leads to the confirmation button, and the
     * link that withdraws the signature later (the signer keeps control of their data).
     */
    @Override
    public EmailMessage confirmation(Petition petition, Language language, String to, String confirmUrl,
            String withdrawUrl) {
        return compose("confirm", petition.text(language).title(), language, to,
                Map.of("link", confirmUrl, "withdrawLink", withdrawUrl));
    }

    /** The email a queued job stands for, with its links under the job's base URL. */
    @Override
    public EmailMessage compose(MailJob job) {
        Links links = new Links(job.baseUrl());
        return switch (job.kind()) {
            case CONFIRMATION -> compose("confirm", job.title(), job.language(), job.to(), confirmationLinks(job, links));
            case ALREADY_SIGNED -> compose("already-signed", job.title(), job.language(), job.to(),
                    Map.of("link", links.petition(job.petitionId(), job.language())));
        };
    }

    /** The confirmation's links and, when the signature has a mission, the sentence naming it and its date (issue 14). */
    private static Map<String, Object> confirmationLinks(MailJob job, Links links) {
        Map<String, Object> extra = new HashMap<>();
        extra.put("link", links.confirm(job.token().orElseThrow(), job.language()));
        extra.put("withdrawLink", links.withdraw(job.token().orElseThrow(), job.language()));
        job.destination().ifPresent(place -> {
            extra.put("destination", DestinationText.of(Messages.of(job.language()), place));
            extra.put("deliveriesLink", links.deliveries(job.petitionId(), job.language()));
        });
        return extra;
    }

    /** Sent instead of a confirmation when the address has already signed, so the web response never tells. */
    @Override
    public EmailMessage alreadySigned(Petition petition, Language language, String to, String petitionUrl) {
        return compose("already-signed", petition.text(language).title(), language, to, Map.of("link", petitionUrl));
    }

    @Override
    public EmailMessage update(Petition petition, Language language, String to, String subject, String body,
            String unsubscribeUrl) {
        Map<String, Object> context = new HashMap<>();
        context.put("t", Messages.of(language).all());
        context.put("lang", language.code());
        context.put("title", petition.text(language).title());
        context.put("subject", subject);
        context.put("paragraphs", body.strip().split("\\R\\s*\\R"));
        context.put("body", body.strip());
        context.put("unsubscribe", unsubscribeUrl);
        return new EmailMessage(to, subject, Templates.render("email/update.txt", context),
                Templates.render("email/update.html", context));
    }

    private EmailMessage compose(String kind, String title, Language language, String to,
            Map<String, Object> extra) {
        Messages messages = Messages.of(language);
        Map<String, Object> context = new HashMap<>(extra);
        context.put("t", messages.all());
        context.put("lang", language.code());
        context.put("title", title);
        String subject = messages.get("email_" + kind.replace('-', '_') + "_subject", title);
        return new EmailMessage(to, subject,
                Templates.render("email/" + kind + ".txt", context),
                Templates.render("email/" + kind + ".html", context));
    }
}
