package org.nkpetition.localstack;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * What Lambda's SQS event source mapping does, on an emulator: receives batches from a queue, hands
 * them to the function as an {@link SQSEvent}, and deletes the messages the function did not list
 * in its batch item failures (ReportBatchItemFailures). A function that throws fails the whole batch.
 */
public final class LocalQueuePoller implements AutoCloseable {
    private final SqsClient sqs;
    private final String queueUrl;
    private final String queueArn;
    private final Function<SQSEvent, SQSBatchResponse> function;
    private final int batchSize;
    private volatile boolean running;
    private Thread thread;

    public LocalQueuePoller(SqsClient sqs, String queueUrl, String queueArn,
            Function<SQSEvent, SQSBatchResponse> function, int batchSize) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.queueArn = queueArn;
        this.function = function;
        this.batchSize = batchSize;
    }

    /**
     * Polls in the background (long polling, one batch at a time) until {@link #close()}. The
     * serialized moto waits for messages outside its lock, so a waiting receive holds up no other
     * call of the stack (docs/adr/0009).
     */
    public LocalQueuePoller start(String name) {
        running = true;
        thread = new Thread(() -> {
            while (running) {
                try {
                    poll(Duration.ofSeconds(1));
                } catch (RuntimeException e) {
                    if (running) {
                        System.err.println("queue poller " + name + ": " + e.getClass().getSimpleName());
                        sleep(1000);
                    }
                }
            }
        }, "queue-poller-" + name);
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Hands batches to the function until a receive comes back empty; returns how many messages it received. */
    public int drain() {
        int total = 0;
        int received;
        do {
            received = poll(Duration.ZERO);
            total += received;
        } while (received > 0);
        return total;
    }

    /**
     * One receive (waiting up to {@code wait} for a message) and, if it got messages, one invocation; the handled messages are
     * deleted in one batch call, as the event source does. Returns the count received. Safe to call
     * from several threads (several mailer instances).
     */
    public int poll(Duration wait) {
        List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(batchSize)
                .waitTimeSeconds((int) wait.toSeconds())
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                .messageAttributeNames("All")).messages();
        if (messages.isEmpty()) {
            return 0;
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(messages.stream().map(this::record).toList());
        Set<String> failed = new HashSet<>();
        try {
            SQSBatchResponse response = function.apply(event);
            if (response != null && response.getBatchItemFailures() != null) {
                response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
            }
        } catch (RuntimeException e) {
            messages.forEach(m -> failed.add(m.messageId()));
        }
        List<DeleteMessageBatchRequestEntry> done = messages.stream()
                .filter(message -> !failed.contains(message.messageId()))
                .map(message -> DeleteMessageBatchRequestEntry.builder().id(message.messageId())
                        .receiptHandle(message.receiptHandle()).build())
                .toList();
        if (!done.isEmpty()) {
            sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(done));
        }
        return messages.size();
    }

    private SQSEvent.SQSMessage record(Message message) {
        SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
        record.setMessageId(message.messageId());
        record.setReceiptHandle(message.receiptHandle());
        record.setBody(message.body());
        record.setEventSource("aws:sqs");
        record.setEventSourceArn(queueArn);
        record.setAwsRegion("us-east-1");
        Map<String, String> attributes = new HashMap<>();
        message.attributes().forEach((name, value) -> attributes.put(name.toString(), value));
        record.setAttributes(attributes);
        Map<String, SQSEvent.MessageAttribute> messageAttributes = new HashMap<>();
        message.messageAttributes().forEach((name, value) -> {
            SQSEvent.MessageAttribute attribute = new SQSEvent.MessageAttribute();
            attribute.setDataType(value.dataType());
            attribute.setStringValue(value.stringValue());
            messageAttributes.put(name, attribute);
        });
        record.setMessageAttributes(messageAttributes);
        return record;
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
