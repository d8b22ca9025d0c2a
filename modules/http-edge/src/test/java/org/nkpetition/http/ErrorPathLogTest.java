package org.nkpetition.http;

import static org.junit.jupiter.api.Assertions.*;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nkpetition.fakes.CapturedLogs;

/**
 * The error path: an unexpected failure whose message quotes the request (as SDK and parser
 * messages do) is logged by type and place only, and answered 500 without details.
 */
class ErrorPathLogTest {
    private static final String EMAIL = "kim.minji@example.org";
    private static final String NAME = "Kim Min-ji";
    private static final String TOKEN = "AAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";
    private static final String IP = "203.0.113.77";

    private static final class Failing extends HttpFunction {
        @Override
        protected Reply route(HttpRequest request) {
            throw new IllegalStateException("could not store " + new String(request.bodyBytes(), java.nio.charset.StandardCharsets.UTF_8) + " from " + IP,
                    new RuntimeException("cause quoting " + EMAIL));
        }
    }

    @Test
    void anUnexpectedFailureLogsItsTypeNotItsMessage() {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setRouteKey("POST /petitions/{petitionId}/signatures");
        event.setHeaders(Map.of("content-type", "application/json"));
        event.setBody("{\"name\":\"" + NAME + "\",\"email\":\"" + EMAIL + "\",\"token\":\"" + TOKEN + "\"}");
        int[] status = new int[1];
        String logs = CapturedLogs.of(() -> status[0] = new Failing().handleRequest(event, null).getStatusCode());
        assertEquals(500, status[0]);
        assertTrue(logs.contains("\"error\":\"java.lang.IllegalStateException\""), logs);
        assertTrue(logs.contains("\"outcome\":\"error\""), logs);
        CapturedLogs.assertNoneOf(logs, List.of(EMAIL, "kim.minji", NAME, "Min-ji", TOKEN, TOKEN.substring(0, 22), IP,
                "could not store", "cause quoting"));
    }
}
