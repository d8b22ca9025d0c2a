package org.nkpetition.sign;

import static org.junit.jupiter.api.Assertions.*;
import static org.nkpetition.sign.SignFixture.PETITION;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.localstack.HttpEvents;

/** One network cannot flood a petition, and its IP is never kept to enforce that. */
class RateLimitTest {
    private final SignFixture fixture = new SignFixture(Map.of("SIGNATURES_PER_IP_PER_HOUR", "3"));

    @BeforeEach
    void reset() {
        fixture.reset();
    }

    @Test
    void overTheHourlyLimitSigningIsRefusedWith429AndNothingIsWritten() {
        for (int i = 0; i < 3; i++) {
            assertEquals(202, fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                    .json(SignFixture.signJson("N", "n" + i + "@example.org", "KR", "en")).build()).getStatusCode());
        }
        APIGatewayV2HTTPResponse refused = fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .header("accept-language", "ko").json(SignFixture.signJson("N", "late@example.org", "KR", "ko")).build());
        assertEquals(429, refused.getStatusCode());
        assertTrue(refused.getBody().contains("rate_limited"));
        long retryAfter = Long.parseLong(refused.getHeaders().get("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 3600, "until the hour's window closes: " + retryAfter);
        assertTrue(refused.getBody().contains("같은 네트워크"), "refused in the request's language");
        assertEquals(3, fixture.items("SIGNATURE#").size());
        assertTrue(fixture.emailsTo("late@example.org").isEmpty());

        String everything = fixture.items("").toString();
        assertFalse(everything.contains("203.0.113.99"), "the IP is never stored raw");
        assertEquals(1, fixture.items("RATE#").size());
        assertTrue(fixture.items("RATE#").get(0).containsKey("expiresAt"), "rate counters expire");
    }
}
