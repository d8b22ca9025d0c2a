package org.nkpetition.mail;

import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.Destination;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.MessageHeader;

/** Sends through Amazon SES (API v2) from the verified sender address. */
public final class SesMailer implements Mailer {
    private final SesV2Client ses;
    private final String sender;

    public SesMailer(SesV2Client ses, String sender) {
        this.ses = ses;
        this.sender = sender;
    }

    @Override
    public void send(EmailMessage email) {
        Message message = Message.builder()
                .subject(utf8(email.subject()))
                .body(Body.builder().text(utf8(email.text())).html(utf8(email.html())).build())
                .headers(email.headers().entrySet().stream()
                        .map(header -> MessageHeader.builder().name(header.getKey()).value(header.getValue()).build())
                        .toList())
                .build();
        ses.sendEmail(b -> b.fromEmailAddress(sender)
                .destination(Destination.builder().toAddresses(email.to()).build())
                .content(EmailContent.builder().simple(message).build()));
    }

    private static Content utf8(String text) {
        return Content.builder().data(text).charset("UTF-8").build();
    }
}
