package org.nkpetition.mailer;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nkpetition.localstack.LocalQueuePoller;
import org.nkpetition.mail.batches.MailBatch;
import org.nkpetition.signature.SigningService;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/** The email queue end to end on moto: sign queues, the mailer sends, failures wait or are dead-lettered. */
class MailerHandlerTest {
    private final MailerFixture fixture = new MailerFixture();

    @Test
    void aQueuedConfirmationIsSentOnceAndTheQueueIsEmptyAfterwards() {
        fixture.reset(true);
        SigningService signing = fixture.signing();
        fixture.sign(signing, "Kim Min-ji", "minji@example.org");
        assertTrue(fixture.emailsTo("minji@example.org").isEmpty(), "signing only queues");

        LocalQueuePoller mailer = fixture.poller(fixture.handler(Map.of()));
        assertEquals(1, mailer.drain());
        assertEquals(1, fixture.emailsTo("minji@example.org").size());
        assertTrue(fixture.emailsTo("minji@example.org").get(0).body().contains("/signatures/confirm?token="));
        assertEquals(0, mailer.drain(), "deleted once sent");
        assertEquals(1, emailsCounted("minji@example.org"));
    }

    @Test
    void whileSesIsUnreachableNothingIsLostOrCountedAndTheEmailGoesOutWhenItIsBack() {
        fixture.reset(true);
        SigningService signing = fixture.signing();
        fixture.sign(signing, "Kim Min-ji", "minji@example.org");
        // Retrying the sign request during the outage queues a re-send, and costs no email either.
        fixture.sign(signing, "Kim Min-ji", "minji@example.org");

        // A failed email is hidden for the backoff (1 s here), then tried again.
        LocalQueuePoller outage = fixture.poller(fixture.handler(Map.of("AWS_ENDPOINT_URL_SESV2", MailerFixture.UNREACHABLE,
                "MAIL_RETRY_BASE_SECONDS", "1", "SDK_CALL_TIMEOUT_MS", "2000", "SDK_ATTEMPT_TIMEOUT_MS", "500")));
        assertEquals(2, outage.drain(), "both tried, both backing off");
        assertEquals(0, emailsCounted("minji@example.org"), "nothing handed to SES, nothing counted");
        assertEquals(2, fixture.queued(), "both still queued");
        assertTrue(fixture.deadLetters().isEmpty());

        LocalQueuePoller recovered = fixture.poller(fixture.handler(Map.of()));
        for (int polls = 0; polls < 20 && fixture.emailsTo("minji@example.org").size() < 2; polls++) {
            recovered.poll(java.time.Duration.ofSeconds(1));
        }
        assertEquals(2, fixture.emailsTo("minji@example.org").size(), "the first link and the re-sent one");
        assertEquals(2, emailsCounted("minji@example.org"));
        assertEquals(0, fixture.queued());
    }

    @Test
    void anEmailSesRefusesIsDeadLetteredAtOnceWithTheReasonAndNoAddress() {
        fixture.reset(false); // unverified sender: moto's SES answers MessageRejected
        fixture.sign(fixture.signing(), "Kim Min-ji", "minji@example.org");
        fixture.poller(fixture.handler(Map.of())).drain();

        List<Message> dead = fixture.deadLetters();
        assertEquals(1, dead.size());
        String reason = dead.get(0).messageAttributes().get(MailBatch.REASON).stringValue();
        assertTrue(reason.startsWith("ses:MessageRejected"), reason);
        assertFalse(reason.contains("minji"), "the reason never quotes the address");
        assertEquals("confirmation", dead.get(0).messageAttributes().get("kind").stringValue());
        assertEquals(0, fixture.queued(), "out of the email queue");
        assertEquals(0, emailsCounted("minji@example.org"));
    }

    @Test
    void anEmailThatKeepsFailingIsDeadLetteredAfterTheConfiguredAttempts() {
        fixture.reset(true);
        fixture.sign(fixture.signing(), "Kim Min-ji", "minji@example.org");
        LocalQueuePoller outage = fixture.poller(fixture.handler(Map.of("AWS_ENDPOINT_URL_SESV2", MailerFixture.UNREACHABLE,
                "MAIL_MAX_ATTEMPTS", "3", "SDK_CALL_TIMEOUT_MS", "2000", "SDK_ATTEMPT_TIMEOUT_MS", "500")));
        assertEquals(3, outage.drain(), "tried three times, then given up");
        List<Message> dead = fixture.deadLetters();
        assertEquals(1, dead.size());
        String reason = dead.get(0).messageAttributes().get(MailBatch.REASON).stringValue();
        assertTrue(reason.startsWith("network:") && reason.endsWith("after 3 attempts"), reason);
        assertEquals(0, fixture.queued());
    }

    @Test
    void noMoreThanTheLimitOfEmailsPerSignatureWhateverIsQueued() {
        fixture.reset(true);
        SigningService signing = fixture.signing();
        for (int i = 0; i < SigningService.MAX_EMAILS_PER_SIGNATURE + 3; i++) {
            fixture.sign(signing, "Kim Min-ji", "minji@example.org");
        }
        fixture.poller(fixture.handler(Map.of())).drain();
        assertEquals(SigningService.MAX_EMAILS_PER_SIGNATURE, fixture.emailsTo("minji@example.org").size());
        assertEquals(0, fixture.queued());
        assertTrue(fixture.deadLetters().isEmpty(), "over the limit is dropped on purpose, not a failure");
    }

    @Test
    void theMailersLogsCarryCountsOnly() {
        fixture.reset(true);
        fixture.sign(fixture.signing(), "Choi Eun-hye", "eunhye.choi@example.org");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            fixture.poller(fixture.handler(Map.of())).drain();
        } finally {
            System.setOut(out);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains("\"sent\":1"), logs);
        String token = fixture.emailsTo("eunhye.choi@example.org").get(0).body()
                .replaceAll("(?s).*token=([A-Za-z0-9_.-]+).*", "$1");
        for (String secret : List.of("eunhye", "Choi", token)) {
            assertFalse(logs.contains(secret), "log contains " + secret + ": " + logs);
        }
    }

    private int emailsCounted(String address) {
        String signerKey = fixture.signing().signerKey(fixture.petition.id(), address);
        Map<String, AttributeValue> item = fixture.stack.dynamo().getItem(b -> b.tableName("SignaturesTable")
                .key(Map.of("pk", AttributeValue.fromS("SIGNATURE#" + fixture.petition.id() + "#" + signerKey)))).item();
        return Integer.parseInt(item.get("emailsSent").n());
    }
}
