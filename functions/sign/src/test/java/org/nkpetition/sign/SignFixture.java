package org.nkpetition.sign;

import org.nkpetition.mail.sending.SesClients;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkpetition.config.Environment;
import org.nkpetition.domain.Petition;
import org.nkpetition.localstack.LocalQueuePoller;
import org.nkpetition.localstack.LocalStack;
import org.nkpetition.mail.batches.MailBatch;
import org.nkpetition.mail.batches.MailBatches;
import org.nkpetition.localstack.MotoServer;
import org.nkpetition.localstack.ProjectFiles;
import org.nkpetition.localstack.SentEmail;
import org.nkpetition.petition.PetitionJson;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sign function as deployed, run here: its template.yaml environment against moto, queueing
 * emails that the mailer's processing hands to moto's SES through the real SES v2 client.
 */
final class SignFixture {
    static final String PETITION = "stop-forced-repatriation";
    static final String SENDER = "petition@example.org";
    private static final Pattern TOKEN = Pattern.compile("/signatures/confirm\\?token=([A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})");

    final LocalStack stack = LocalStack.get();
    final MotoServer moto = MotoServer.shared();
    final Map<String, String> environment;
    final Map<String, String> mailerEnvironment;
    final SignHandler handler;
    private final LocalQueuePoller mailer;

    SignFixture() {
        this(Map.of("SIGNATURES_PER_IP_PER_HOUR", "1000000"));
    }

    /** With extra environment variables over the template's (the default lifts the per-IP limit for load tests). */
    SignFixture(Map<String, String> variables) {
        Map<String, String> extra = new HashMap<>(variables);
        extra.put("AWS_ENDPOINT_URL_SESV2", moto.endpoint().toString());
        extra.put("SENDER_EMAIL", SENDER);
        environment = stack.environment("SignFunction", extra);
        handler = (SignHandler) stack.<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>handler("SignFunction", extra);
        // The mailer's own processing, as its template environment configures it (fast, for tests).
        Map<String, String> mailerExtra = new HashMap<>(extra);
        mailerExtra.put("EMAIL_SEND_RATE", "100000");
        mailerEnvironment = stack.environment("MailerFunction", mailerExtra);
        MailBatch batch = MailBatches.fromEnvironment(new Environment(mailerEnvironment));
        mailer = stack.poller("MailQueue", batch::process);
    }

    /** Runs the mailer over whatever the sign function queued (Lambda's event source does this in AWS). */
    int deliverQueuedEmails() {
        return mailer.drain();
    }

    /** A handler like the deployed one, but reading the time from the given clock. */
    SignHandler handlerAt(Clock clock) {
        return new SignHandler(new Environment(environment), clock);
    }

    /** Empty tables with the demo petition (and a closed one), a clean moto with the sender verified. */
    void reset() {
        stack.reset();
        DynamoDbPetitionStore petitions = new DynamoDbPetitionStore(stack.dynamo(), "PetitionsTable");
        Petition demo = demoPetition();
        petitions.put(demo);
        petitions.put(new Petition("closed-petition", Petition.Status.CLOSED, demo.goal(), demo.texts(), demo.recipients(),
                demo.organisers(), demo.deliveryDates(), demo.timeZone()));
        SesClients.create(new Environment(environment)).createEmailIdentity(b -> b.emailIdentity(SENDER));
    }

    static Petition demoPetition() {
        try {
            return PetitionJson.read(Files.readString(ProjectFiles.root()
                    .resolve("tools/dev-server/seed/petitions/" + PETITION + ".json"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    APIGatewayV2HTTPResponse invoke(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    /** Emails SES accepted for the address, after the mailer has drained the queue. */
    List<SentEmail> sentEmails() {
        deliverQueuedEmails();
        return moto.sentEmails();
    }

    List<SentEmail> emailsTo(String address) {
        deliverQueuedEmails();
        return moto.sentEmails().stream().filter(e -> e.to().contains(address)).toList();
    }

    static String tokenIn(SentEmail email) {
        Matcher matcher = TOKEN.matcher(email.body());
        if (!matcher.find()) {
            throw new AssertionError("No confirmation link in email: " + email.subject());
        }
        return matcher.group(1);
    }

    /** Every item of the signatures table whose key starts with the prefix (SIGNATURE#, TOKEN#, COUNTER#). */
    List<Map<String, AttributeValue>> items(String prefix) {
        return stack.dynamo().scanPaginator(b -> b.tableName("SignaturesTable")).items().stream()
                .filter(item -> item.get("pk").s().startsWith(prefix))
                .toList();
    }

    static String signJson(String name, String email, String country, String lang) {
        return "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"country\":\"" + country
                + "\",\"lang\":\"" + lang + "\",\"consent\":true}";
    }
}
