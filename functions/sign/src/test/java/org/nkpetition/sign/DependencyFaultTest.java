package org.nkpetition.sign;

import static org.junit.jupiter.api.Assertions.*;
import static org.nkpetition.sign.SignFixture.PETITION;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.localstack.HttpEvents;

/**
 * A dependency that does not answer is a 503 with Retry-After, never a 500, and a signer who retries
 * afterwards gets exactly one confirmation: nothing is counted or lost in between.
 */
class DependencyFaultTest {
    private static final String NOBODY_LISTENS = "http://127.0.0.1:9";
    private static final Map<String, String> FAST_TIMEOUTS = Map.of("SDK_CALL_TIMEOUT_MS", "1500",
            "SDK_ATTEMPT_TIMEOUT_MS", "500", "SIGNATURES_PER_IP_PER_HOUR", "1000000");
    private final SignFixture fixture = new SignFixture();

    @BeforeEach
    void reset() {
        fixture.reset();
    }

    @Test
    void dynamoDbUnreachableAnswers503WithRetryAfterInTheRequestsLanguage() {
        SignFixture broken = new SignFixture(with("AWS_ENDPOINT_URL_DYNAMODB", NOBODY_LISTENS));
        APIGatewayV2HTTPResponse response = broken.invoke(sign("ko"));
        assertEquals(503, response.getStatusCode(), response.getBody());
        assertEquals("2", response.getHeaders().get("Retry-After"));
        assertTrue(response.getBody().contains("\"busy\""), response.getBody());
        assertTrue(response.getBody().contains("잠시 후"), "in the request's language: " + response.getBody());

        APIGatewayV2HTTPResponse confirm = broken.invoke(HttpEvents.route(SignHandler.CONFIRM)
                .json("{\"token\":\"AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}").build());
        assertEquals(503, confirm.getStatusCode(), confirm.getBody());
    }

    @Test
    void theQueueUnreachableAnswers503AndARetryLaterGetsExactlyOneEmail() {
        SignFixture noQueue = new SignFixture(with("AWS_ENDPOINT_URL_SQS", NOBODY_LISTENS));
        APIGatewayV2HTTPResponse refused = noQueue.invoke(sign("en"));
        assertEquals(503, refused.getStatusCode(), refused.getBody());
        assertNotNull(refused.getHeaders().get("Retry-After"));
        assertEquals(1, fixture.items("SIGNATURE#").size(), "the pending signature was written before the queue failed");
        assertTrue(fixture.emailsTo("retry@example.org").isEmpty());

        APIGatewayV2HTTPResponse retried = fixture.invoke(sign("en"));
        assertEquals(202, retried.getStatusCode());
        assertEquals(1, fixture.emailsTo("retry@example.org").size(), "one email, and the signer is not locked out");
        assertEquals("1", fixture.items("SIGNATURE#").get(0).get("emailsSent").n(), "only the email SES took counts");
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> variables = new java.util.HashMap<>(FAST_TIMEOUTS);
        variables.put(name, value);
        return variables;
    }

    private static com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent sign(String lang) {
        return HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json(SignFixture.signJson("Retry Person", "retry@example.org", "KR", lang)).build();
    }
}
