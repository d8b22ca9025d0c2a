package org.nkpetition.admin;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.mail.batches.MailBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The email queue for operators: how many emails wait, which were dead-lettered and why, and
 * sending them again once the cause is fixed. Never prints an address or a token (only kind,
 * petition, reason, attempts and time).
 */
@Command(name = "mail", mixinStandardHelpOptions = true,
        description = "The email queue: pending and dead-lettered emails to signers, and redrive.",
        subcommands = {MailCommand.DeadLetters.class, MailCommand.Redrive.class})
public final class MailCommand implements Runnable {
    static final String QUEUE = "MailQueue";
    static final String DEAD_LETTERS = "MailDeadLetterQueue";
    /** How long listed messages stay hidden, so one listing sees each message once. */
    private static final int LISTING_HIDES_SECONDS = 30;

    @ParentCommand
    AdminCli admin;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "dead-letters", mixinStandardHelpOptions = true,
            description = "List dead-lettered emails (kind, petition, reason, attempts, when), and how many wait in the queue.")
    static final class DeadLetters implements java.util.concurrent.Callable<Integer> {
        @ParentCommand
        MailCommand mail;

        @Spec
        CommandSpec spec;

        @Option(names = "--limit", defaultValue = "100", description = "At most this many (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            Target target = mail.admin.target;
            SqsClient sqs = target.sqs();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("queued: %d waiting, %d in flight; dead-lettered: %d%n",
                    approximate(sqs, target.queueUrl(QUEUE), QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES),
                    approximate(sqs, target.queueUrl(QUEUE), QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE),
                    approximate(sqs, target.queueUrl(DEAD_LETTERS), QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
            Map<String, Message> seen = new LinkedHashMap<>();
            String deadLetters = target.queueUrl(DEAD_LETTERS);
            List<Message> batch;
            do {
                batch = receive(sqs, deadLetters, LISTING_HIDES_SECONDS);
                batch.forEach(message -> seen.putIfAbsent(message.messageId(), message));
            } while (!batch.isEmpty() && seen.size() < limit);
            seen.values().stream().limit(limit).forEach(message -> out.printf("%s  %-15s %-28s %s attempts  %s  %s%n",
                    message.messageId(), attribute(message, "kind"), attribute(message, "petitionId"),
                    attribute(message, MailBatch.ATTEMPTS), attribute(message, MailBatch.DEAD_LETTERED_AT),
                    attribute(message, MailBatch.REASON).equals("-") ? "retries exhausted (SQS redrive)"
                            : attribute(message, MailBatch.REASON)));
            // Visible again at once: listing consumes nothing.
            seen.values().forEach(message -> sqs.changeMessageVisibility(b -> b.queueUrl(deadLetters)
                    .receiptHandle(message.receiptHandle()).visibilityTimeout(0)));
            return 0;
        }
    }

    @Command(name = "redrive", mixinStandardHelpOptions = true,
            description = "Move dead-lettered emails back into the email queue (after fixing the cause), oldest first.")
    static final class Redrive implements java.util.concurrent.Callable<Integer> {
        @ParentCommand
        MailCommand mail;

        @Spec
        CommandSpec spec;

        @Option(names = "--limit", defaultValue = "100000", description = "At most this many (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            Target target = mail.admin.target;
            SqsClient sqs = target.sqs();
            String queue = target.queueUrl(QUEUE);
            String deadLetters = target.queueUrl(DEAD_LETTERS);
            int moved = 0;
            List<Message> batch;
            do {
                batch = receive(sqs, deadLetters, LISTING_HIDES_SECONDS);
                for (Message message : batch) {
                    if (moved >= limit) {
                        break;
                    }
                    Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
                    for (String name : List.of("kind", "petitionId")) {
                        Optional.ofNullable(message.messageAttributes().get(name)).ifPresent(v -> attributes.put(name, v));
                    }
                    // Sent before deleted: a crash in between sends an email twice at worst, never loses it.
                    sqs.sendMessage(b -> b.queueUrl(queue).messageBody(message.body()).messageAttributes(attributes));
                    sqs.deleteMessage(b -> b.queueUrl(deadLetters).receiptHandle(message.receiptHandle()));
                    moved++;
                }
            } while (!batch.isEmpty() && moved < limit);
            spec.commandLine().getOut().printf("redriven: %d email(s) back in the queue%n", moved);
            return 0;
        }
    }

    private static List<Message> receive(SqsClient sqs, String queueUrl, int hideSeconds) {
        return sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).visibilityTimeout(hideSeconds)
                .messageAttributeNames("All").messageSystemAttributeNames(MessageSystemAttributeName.SENT_TIMESTAMP))
                .messages();
    }

    private static String attribute(Message message, String name) {
        MessageAttributeValue value = message.messageAttributes().get(name);
        return value == null || value.stringValue() == null ? "-" : value.stringValue();
    }

    private static long approximate(SqsClient sqs, String queueUrl, QueueAttributeName name) {
        return Long.parseLong(sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(name))
                .attributes().getOrDefault(name, "0"));
    }
}
