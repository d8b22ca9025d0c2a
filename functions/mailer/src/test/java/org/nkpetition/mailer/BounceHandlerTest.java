package org.nkpetition.mailer;

import static org.junit.jupiter.api.Assertions.*;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SES bounce and complaint events suppress the address: the next email to it is never sent. */
class BounceHandlerTest {
    private final MailerFixture fixture = new MailerFixture();

    @Test
    void aPermanentBounceOrAComplaintSuppressesTheAddressAndATransientBounceDoesNot() {
        fixture.reset(true);
        BounceHandler bounces = new BounceHandler(fixture.environment(Map.of()));
        bounces.handleRequest(sns(
                "{\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\"bouncedRecipients\":[{\"emailAddress\":\"Gone@Example.org\"}]}}",
                "{\"eventType\":\"Complaint\",\"complaint\":{\"complainedRecipients\":[{\"emailAddress\":\"angry@example.org\"}]}}",
                "{\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Transient\",\"bouncedRecipients\":[{\"emailAddress\":\"full@example.org\"}]}}",
                "not json"), null);

        var signing = fixture.signing();
        fixture.sign(signing, "A", "gone@example.org");
        fixture.sign(signing, "B", "angry@example.org");
        fixture.sign(signing, "C", "full@example.org");
        fixture.poller(fixture.handler(Map.of())).drain();

        assertTrue(fixture.emailsTo("gone@example.org").isEmpty(), "bounced for good (any case): never again");
        assertTrue(fixture.emailsTo("angry@example.org").isEmpty(), "complained: never again");
        assertEquals(1, fixture.emailsTo("full@example.org").size(), "a full mailbox is no reason to stop");
        assertTrue(fixture.deadLetters().isEmpty(), "suppressed is dropped on purpose, not a failure");
        String table = fixture.stack.dynamo().scan(b -> b.tableName("SignaturesTable")).items().toString();
        assertFalse(table.contains("gone@") || table.contains("angry@"), "only keyed hashes are kept");
    }

    private static SNSEvent sns(String... messages) {
        SNSEvent event = new SNSEvent();
        event.setRecords(java.util.Arrays.stream(messages).map(message -> {
            SNSEvent.SNS sns = new SNSEvent.SNS();
            sns.setMessage(message);
            SNSEvent.SNSRecord record = new SNSEvent.SNSRecord();
            record.setSns(sns);
            return record;
        }).toList());
        return event;
    }
}
