package org.nkpetition.mailqueue;

import java.util.Map;
import org.nkpetition.mail.MailJob;
import org.nkpetition.mail.MailQueue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The email queue in SQS (template.yaml MailQueue: encrypted, retention no longer than a pending
 * signature lives). The message kind and petition ride as attributes so an operator can list the
 * dead-letter queue without reading bodies.
 */
public final class SqsMailQueue implements MailQueue {
    /** Message attributes every queued email carries (no personal data), copied when it is dead-lettered. */
    public static final String KIND = "kind";
    public static final String PETITION = "petitionId";

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsMailQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void enqueue(MailJob job) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(MailJobJson.write(job))
                .messageAttributes(Map.of(KIND, attribute(job.kind().code()), PETITION, attribute(job.petitionId()))));
    }

    /** A string message attribute. */
    public static MessageAttributeValue attribute(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
