package org.nkpetition.mailer;

import org.nkpetition.mailqueue.SqsClients;
import org.nkpetition.mail.sending.SesClients;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.config.Environment;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.localstack.LocalQueuePoller;
import org.nkpetition.localstack.LocalStack;
import org.nkpetition.localstack.ProjectFiles;
import org.nkpetition.localstack.SentEmail;
import org.nkpetition.mailqueue.SqsMailQueue;
import org.nkpetition.petition.PetitionJson;
import org.nkpetition.security.KeyedHash;
import org.nkpetition.signature.DisplayName;
import org.nkpetition.signature.SignatureRequest;
import org.nkpetition.signature.SigningService;
import org.nkpetition.storage.dynamodb.DynamoDbSignatureStore;
import org.nkpetition.links.Links;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * The mailer as deployed (its template.yaml environment) against moto: signing queues emails
 * through the real SQS client, the real handler drains them into moto's SES.
 */
final class MailerFixture {
    static final String SENDER = "petition@example.org";
    static final String UNREACHABLE = "http://127.0.0.1:9";

    final LocalStack stack = LocalStack.get();
    final Petition petition = demoPetition();

    /** Empty tables and queues; the sender verified in moto's SES (unverified, SES refuses every email). */
    void reset(boolean senderVerified) {
        stack.reset();
        if (senderVerified) {
            SesClients.create(new Environment(environment(Map.of()))).createEmailIdentity(b -> b.emailIdentity(SENDER));
        }
    }

    Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> variables = new HashMap<>();
        variables.put("SENDER_EMAIL", SENDER);
        variables.put("EMAIL_SEND_RATE", "100000");
        // Retry at once: tests drain the queue again instead of waiting out a backoff.
        variables.put("MAIL_RETRY_BASE_SECONDS", "0");
        variables.putAll(extra);
        return stack.environment("MailerFunction", variables);
    }

    RequestHandler<SQSEvent, SQSBatchResponse> handler(Map<String, String> extra) {
        return stack.handler("MailerFunction", environment(extra));
    }

    /** Polls the email queue into this handler, like the event source mapping. */
    LocalQueuePoller poller(RequestHandler<SQSEvent, SQSBatchResponse> handler) {
        return stack.poller("MailQueue", event -> handler.handleRequest(event, null));
    }

    SigningService signing() {
        Environment env = new Environment(environment(Map.of()));
        return new SigningService(new DynamoDbSignatureStore(stack.dynamo(), "SignaturesTable", 10),
                new SqsMailQueue(SqsClients.create(env), stack.queueUrl("MailQueue")),
                new KeyedHash(org.nkpetition.secrets.Secrets.fromEnvironment(env, "SIGNER_HASH_KEY")), Duration.ofDays(7));
    }

    void sign(SigningService signing, String name, String email) {
        signing.sign(petition, new SignatureRequest(name, email, "KR", Optional.empty(), Optional.empty(),
                Optional.empty(), Language.KO, DisplayName.INITIALS, false), new Links("http://localhost:3000"), Instant.now());
    }

    List<SentEmail> emailsTo(String address) {
        return stack.moto().sentEmails().stream().filter(e -> e.to().contains(address)).toList();
    }

    /** What is in the dead-letter queue, without consuming it for long. */
    List<Message> deadLetters() {
        return stack.sqs().receiveMessage(b -> b.queueUrl(stack.queueUrl("MailDeadLetterQueue")).maxNumberOfMessages(10)
                .visibilityTimeout(0).messageAttributeNames("All")
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
    }

    int queued() {
        return Integer.parseInt(stack.sqs().getQueueAttributes(b -> b.queueUrl(stack.queueUrl("MailQueue"))
                .attributeNamesWithStrings("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"))
                .attributesAsStrings().values().stream().mapToInt(Integer::parseInt).sum() + "");
    }

    static Petition demoPetition() {
        try {
            return PetitionJson.read(Files.readString(ProjectFiles.root()
                    .resolve("tools/dev-server/seed/petitions/stop-forced-repatriation.json"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
