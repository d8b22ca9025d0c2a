package org.nkpetition.fakes;

import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.links.Links;
import org.nkpetition.mail.EmailComposer;
import org.nkpetition.mail.EmailMessage;
import org.nkpetition.mail.MailJob;

/**
 * The domain tests' composer: one line a link, no templates, so the domain is tested without the mail
 * module (whose templated composer has tests of its own). Links are where {@link EmailLinks} finds them.
 */
public final class PlainEmailComposer implements EmailComposer {

    @Override
    public EmailMessage confirmation(Petition petition, Language language, String to, String confirmUrl,
            String withdrawUrl) {
        return plain(to, "confirm " + petition.text(language).title(), confirmUrl + "\n" + withdrawUrl);
    }

    @Override
    public EmailMessage alreadySigned(Petition petition, Language language, String to, String petitionUrl) {
        return plain(to, "already signed " + petition.text(language).title(), petitionUrl);
    }

    @Override
    public EmailMessage compose(MailJob job) {
        Links links = new Links(job.baseUrl());
        return switch (job.kind()) {
            case CONFIRMATION -> plain(job.to(), "confirm " + job.title(),
                    links.confirm(job.token().orElseThrow(), job.language()) + "\n"
                            + links.withdraw(job.token().orElseThrow(), job.language()));
            case ALREADY_SIGNED -> plain(job.to(), "already signed " + job.title(),
                    links.petition(job.petitionId(), job.language()));
        };
    }

    @Override
    public EmailMessage update(Petition petition, Language language, String to, String subject, String body,
            String unsubscribeUrl) {
        return plain(to, subject, body + "\n" + unsubscribeUrl);
    }

    private static EmailMessage plain(String to, String subject, String text) {
        return new EmailMessage(to, subject, text, "<p>" + text + "</p>");
    }
}
