package org.nkpetition.localstack;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The template's queues exist locally as deployed: names, redrive policy, !Ref giving their URL. */
class QueuesFromTemplateTest {
    private final LocalStack stack = LocalStack.get();

    @Test
    void functionsGetTheLocalUrlOfTheQueuesTheyReferenceAndTheMailerPollsTheEmailQueue() {
        SamTemplate template = stack.template();
        SamTemplate.Function sign = template.functions().stream().filter(f -> f.logicalId().equals("SignFunction"))
                .findFirst().orElseThrow();
        assertEquals(stack.endpoint() + "/123456789012/MailQueue",
                template.localEnvironment(sign, stack.endpoint()).get("MAIL_QUEUE_URL"));
        SamTemplate.Function mailer = template.functions().stream().filter(f -> f.logicalId().equals("MailerFunction"))
                .findFirst().orElseThrow();
        assertEquals(List.of("MailQueue"), mailer.queues());
        assertTrue(sign.queues().isEmpty());
    }

    @Test
    void theEmailQueueDeadLettersIntoItsDeadLetterQueueAsTheTemplateSays() {
        stack.reset();
        Map<QueueAttributeName, String> attributes = stack.sqs().getQueueAttributes(b -> b.queueUrl(stack.queueUrl("MailQueue"))
                .attributeNames(QueueAttributeName.ALL)).attributes();
        assertEquals("360", attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT));
        String redrive = attributes.get(QueueAttributeName.REDRIVE_POLICY);
        assertTrue(redrive.contains(SamTemplate.localQueueArn("MailDeadLetterQueue")), redrive);
        assertTrue(redrive.contains("100"), redrive);
        assertNotNull(stack.sqs().getQueueUrl(b -> b.queueName("MailDeadLetterQueue")).queueUrl());
    }
}
