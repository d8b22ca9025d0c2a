package org.nkpetition.admin;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** bin/admin mail: the dead-lettered emails with their reasons (never an address), and redrive. */
class MailCommandTest {
    private final AdminFixture fixture = new AdminFixture();

    @BeforeEach
    void reset() {
        fixture.stack.reset();
    }

    @Test
    void listsDeadLettersWithTheirReasonsWithoutAddressesAndRedrivesThem() {
        String deadLetters = fixture.stack.queueUrl("MailDeadLetterQueue");
        for (int i = 0; i < 3; i++) {
            fixture.stack.sqs().sendMessage(b -> b.queueUrl(deadLetters)
                    .messageBody("{\"v\":1,\"kind\":\"confirmation\",\"to\":\"hidden@example.org\",\"token\":\"secret-token\"}")
                    .messageAttributes(Map.of("reason", text("ses:MessageRejected (400)"), "kind", text("confirmation"),
                            "petitionId", text("stop-forced-repatriation"), "attempts", text("1"))));
        }

        AdminFixture.Run listed = fixture.admin("mail", "dead-letters");
        assertEquals(0, listed.exitCode(), listed.err());
        assertTrue(listed.out().contains("dead-lettered: 3"), listed.out());
        assertEquals(3, listed.out().lines().filter(l -> l.contains("ses:MessageRejected (400)")).count(), listed.out());
        assertTrue(listed.out().contains("stop-forced-repatriation"));
        assertFalse(listed.out().contains("hidden@example.org") || listed.out().contains("secret-token"),
                "never an address or a token: " + listed.out());

        AdminFixture.Run again = fixture.admin("mail", "dead-letters");
        assertEquals(3, again.out().lines().filter(l -> l.contains("ses:MessageRejected")).count(), "listing consumes nothing");

        AdminFixture.Run redriven = fixture.admin("mail", "redrive");
        assertEquals(0, redriven.exitCode(), redriven.err());
        assertTrue(redriven.out().contains("redriven: 3"), redriven.out());
        int queued = fixture.stack.sqs().receiveMessage(b -> b.queueUrl(fixture.stack.queueUrl("MailQueue"))
                .maxNumberOfMessages(10)).messages().size();
        assertEquals(3, queued);
        assertTrue(fixture.admin("mail", "dead-letters").out().contains("dead-lettered: 0"));
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
