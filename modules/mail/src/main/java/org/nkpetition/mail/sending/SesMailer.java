package org.nkpetition.mail.sending;

import org.nkpetition.mail.EmailMessage;
import org.nkpetition.mail.MailFailure;
import org.nkpetition.mail.Mailer;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.Destination;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.MessageHeader;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

/**
 * Sends through Amazon SES (API v2) from the verified sender address, tagged with the configuration
 * set whose bounce and complaint events feed suppression (when one is configured). Every failure
 * comes out as a {@link MailFailure} saying whether to slow down, retry or give up.
 */
public final class SesMailer implements Mailer {
    private final SesV2Client ses;
    private final String sender;
    private final Optional<String> configurationSet;

    public SesMailer(SesV2Client ses, String sender) {
        this(ses, sender, Optional.empty());
    }

    public SesMailer(SesV2Client ses, String sender, Optional<String> configurationSet) {
        this.ses = ses;
        this.sender = sender;
        this.configurationSet = configurationSet;
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
        try {
            ses.sendEmail(b -> b.fromEmailAddress(sender)
                    .destination(Destination.builder().toAddresses(email.to()).build())
                    .content(EmailContent.builder().simple(message).build())
                    .configurationSetName(configurationSet.orElse(null)));
        } catch (SdkException e) {
            throw classify(e);
        }
    }

    /**
     * SES's answers by what to do next (SES v2 API reference, SendEmail errors): throttling and quota
     * exhaustion slow down; a refused message or a malformed request is never accepted as it is;
     * everything else (network, timeouts, 5xx, paused or suspended sending) may pass later.
     */
    static MailFailure classify(SdkException e) {
        String reason = reason(e);
        if (e instanceof TooManyRequestsException || e instanceof LimitExceededException
                || (e instanceof AwsServiceException aws && aws.isThrottlingException())) {
            return new MailFailure(MailFailure.Kind.THROTTLED, reason);
        }
        if (e instanceof MessageRejectedException || e instanceof BadRequestException) {
            return new MailFailure(MailFailure.Kind.REJECTED, reason);
        }
        return new MailFailure(MailFailure.Kind.TRANSIENT, reason);
    }

    /** The error code (SES's) or the exception's type (network): never the message, which may quote the address. */
    private static String reason(SdkException e) {
        if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                && aws.awsErrorDetails().errorCode() != null) {
            return "ses:" + aws.awsErrorDetails().errorCode() + " (" + aws.statusCode() + ")";
        }
        if (e instanceof SdkClientException) {
            return "network:" + e.getClass().getSimpleName();
        }
        return "ses:" + e.getClass().getSimpleName();
    }

    private static Content utf8(String text) {
        return Content.builder().data(text).charset("UTF-8").build();
    }
}
