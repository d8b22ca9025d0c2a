package org.nkpetition.mail.batches;

import org.nkpetition.mailqueue.MailJobJson;
import org.nkpetition.mailqueue.SqsMailQueue;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.mail.MailFailure;
import org.nkpetition.mail.MailJob;
import org.nkpetition.signature.SignatureEmails;
import org.nkpetition.updates.Pacer;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;

/**
 * What the mailer does with one batch of queued emails (an SQS event with ReportBatchItemFailures):
 * hands each to SES at the configured pace; on throttling or any SES failure stops and pushes the
 * rest of the batch back with a growing delay; retries other failures the same way until {@code maxAttempts}, then moves the
 * message to the dead-letter queue with the reason (as it does at once for a message SES refuses).
 * A message is only ever deleted (left out of the failures) once it was sent, dropped on purpose, or
 * dead-lettered, so nobody who got a 202 is lost.
 */
public final class MailBatch {
    /** Message attribute naming why a message is in the dead-letter queue. */
    public static final String REASON = "reason";
    /** Message attribute: how many times the mailer tried before giving up. */
    public static final String ATTEMPTS = "attempts";
    /** Message attribute: when it was dead-lettered (ISO-8601). */
    public static final String DEAD_LETTERED_AT = "deadLetteredAt";
    /** SQS's longest wait before a message returned to the queue is visible again is 12 hours; ours is 15 minutes. */
    public static final int MAX_RETRY_SECONDS = 900;
    private static final ObjectMapper LOG = new ObjectMapper();

    private final SignatureEmails emails;
    private final SqsClient sqs;
    private final String queueUrl;
    private final String deadLetterUrl;
    private final int maxAttempts;
    private final int retryBaseSeconds;
    private final int retryMaxSeconds;
    private final Pacer pacer;

    /**
     * @param maxAttempts      tries before a message that keeps failing is dead-lettered with its last reason
     * @param retryBaseSeconds first retry delay; doubles with each attempt, up to {@link #MAX_RETRY_SECONDS}
     * @param sendsPerSecond   this instance's share of the SES send rate
     */
    public MailBatch(SignatureEmails emails, SqsClient sqs, String queueUrl, String deadLetterUrl, int maxAttempts,
            int retryBaseSeconds, double sendsPerSecond) {
        this(emails, sqs, queueUrl, deadLetterUrl, maxAttempts, retryBaseSeconds, MAX_RETRY_SECONDS, sendsPerSecond);
    }

    /** @param retryMaxSeconds the longest retry delay (tests shorten it: MAIL_RETRY_MAX_SECONDS) */
    public MailBatch(SignatureEmails emails, SqsClient sqs, String queueUrl, String deadLetterUrl, int maxAttempts,
            int retryBaseSeconds, int retryMaxSeconds, double sendsPerSecond) {
        this.emails = emails;
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.deadLetterUrl = deadLetterUrl;
        this.maxAttempts = maxAttempts;
        this.retryBaseSeconds = retryBaseSeconds;
        this.retryMaxSeconds = Math.min(MAX_RETRY_SECONDS, Math.max(retryBaseSeconds, retryMaxSeconds));
        this.pacer = new Pacer(sendsPerSecond);
    }

    public SQSBatchResponse process(SQSEvent event) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<ChangeMessageVisibilityBatchRequestEntry> delays = new ArrayList<>();
        Tally tally = new Tally();
        boolean throttled = false;
        List<SQSEvent.SQSMessage> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        for (SQSEvent.SQSMessage record : records) {
            if (throttled) {
                retryLater(record, failures, delays);
                tally.retried++;
                continue;
            }
            Optional<MailJob> job = MailJobJson.read(record.getBody());
            if (job.isEmpty()) {
                deadLetter(record, "unreadable message", failures, tally);
                continue;
            }
            pacer.await();
            try {
                if (emails.deliver(job.get()) == SignatureEmails.Delivery.SENT) {
                    tally.sent++;
                } else {
                    tally.notDue++;
                }
            } catch (MailFailure failure) {
                switch (failure.kind()) {
                    case REJECTED -> deadLetter(record, failure.reason(), failures, tally);
                    case THROTTLED -> {
                        throttled = true;
                        tally.throttled = true;
                        retryLater(record, failures, delays);
                        tally.retried++;
                    }
                    case TRANSIENT -> {
                        if (attempts(record) >= maxAttempts) {
                            deadLetter(record, failure.reason() + " after " + attempts(record) + " attempts", failures, tally);
                        } else {
                            retryLater(record, failures, delays);
                            tally.retried++;
                        }
                        // SES unreachable or failing: the rest would wait out the same timeout, so
                        // they go back too, and a batch never outlasts the function's timeout.
                        throttled = true;
                    }
                }
            } catch (RuntimeException storeFault) {
                // DynamoDB (the email count) unreachable: nothing was sent; try again later.
                retryLater(record, failures, delays);
                tally.retried++;
            }
        }
        hide(delays);
        log(records.size(), tally);
        SQSBatchResponse response = new SQSBatchResponse();
        response.setBatchItemFailures(failures);
        return response;
    }

    /** Leaves the message in the queue; {@link #hide} hides it for a delay that doubles with each attempt. */
    private void retryLater(SQSEvent.SQSMessage record, List<SQSBatchResponse.BatchItemFailure> failures,
            List<ChangeMessageVisibilityBatchRequestEntry> delays) {
        failures.add(new SQSBatchResponse.BatchItemFailure(record.getMessageId()));
        int attempt = Math.max(1, attempts(record));
        int delay = (int) Math.min(retryMaxSeconds, (long) retryBaseSeconds << Math.min(attempt - 1, 20));
        delays.add(ChangeMessageVisibilityBatchRequestEntry.builder().id(Integer.toString(delays.size()))
                .receiptHandle(record.getReceiptHandle()).visibilityTimeout(delay).build());
    }

    /** The batch's delays in calls of at most 10 (SQS's batch limit) instead of one call per message. */
    private void hide(List<ChangeMessageVisibilityBatchRequestEntry> delays) {
        for (int from = 0; from < delays.size(); from += 10) {
            List<ChangeMessageVisibilityBatchRequestEntry> chunk = delays.subList(from, Math.min(delays.size(), from + 10));
            try {
                sqs.changeMessageVisibilityBatch(b -> b.queueUrl(queueUrl).entries(chunk));
            } catch (RuntimeException e) {
                // The queue's own visibility timeout brings them back instead.
            }
        }
    }

    private void deadLetter(SQSEvent.SQSMessage record, String reason, List<SQSBatchResponse.BatchItemFailure> failures,
            Tally tally) {
        try {
            Map<String, software.amazon.awssdk.services.sqs.model.MessageAttributeValue> attributes = new java.util.HashMap<>();
            attributes.put(REASON, SqsMailQueue.attribute(reason));
            attributes.put(ATTEMPTS, SqsMailQueue.attribute(Integer.toString(attempts(record))));
            attributes.put(DEAD_LETTERED_AT, SqsMailQueue.attribute(Instant.now().toString()));
            copy(record, SqsMailQueue.KIND).ifPresent(v -> attributes.put(SqsMailQueue.KIND, SqsMailQueue.attribute(v)));
            copy(record, SqsMailQueue.PETITION).ifPresent(v -> attributes.put(SqsMailQueue.PETITION, SqsMailQueue.attribute(v)));
            sqs.sendMessage(b -> b.queueUrl(deadLetterUrl).messageBody(record.getBody()).messageAttributes(attributes));
            tally.deadLettered++;
        } catch (RuntimeException e) {
            failures.add(new SQSBatchResponse.BatchItemFailure(record.getMessageId()));
            tally.retried++;
        }
    }

    private static Optional<String> copy(SQSEvent.SQSMessage record, String attribute) {
        return Optional.ofNullable(record.getMessageAttributes()).map(a -> a.get(attribute))
                .map(SQSEvent.MessageAttribute::getStringValue);
    }

    private static int attempts(SQSEvent.SQSMessage record) {
        try {
            return Integer.parseInt(record.getAttributes().getOrDefault("ApproximateReceiveCount", "1"));
        } catch (RuntimeException e) {
            return 1;
        }
    }

    /** One line per batch, counts only: no address, token, name or petition text. */
    private static void log(int size, Tally tally) {
        ObjectNode line = LOG.createObjectNode();
        line.put("time", Instant.now().toString());
        line.put("level", tally.deadLettered > 0 ? "WARN" : "INFO");
        line.put("mailBatch", size);
        line.put("sent", tally.sent);
        line.put("notDue", tally.notDue);
        line.put("retried", tally.retried);
        line.put("deadLettered", tally.deadLettered);
        line.put("throttled", tally.throttled);
        System.out.println(line);
    }

    private static final class Tally {
        int sent;
        int notDue;
        int retried;
        int deadLettered;
        boolean throttled;
    }
}
