package org.nkpetition.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON bodies as the edge reads them (jackson-jr since issue 10: the behaviour databind had, and one refusal more). */
class RequestFieldsJsonTest {

    private static Map<String, String> parse(String body) {
        return RequestFields.parse(new HttpRequest(APIGatewayV2HTTPEvent.builder()
                .withHeaders(Map.of("content-type", "application/json")).withBody(body).build()));
    }

    @Test
    void scalarsComeOutAsTheTextTheyWereWrittenAsAndNullsAreAbsent() {
        assertEquals(Map.of("name", "Kim", "consent", "true", "n", "12", "x", "1.5", "big", "123456789012345678901234"),
                parse("{\"name\":\"Kim\",\"consent\":true,\"n\":12,\"x\":1.5,\"big\":123456789012345678901234,\"none\":null}"));
    }

    @Test
    void aNestedValueIsRefusedNamingItsField() {
        HttpProblem problem = assertThrows(HttpProblem.class, () -> parse("{\"name\":{\"first\":\"Kim\"},\"email\":[1]}"));
        assertEquals(400, problem.status());
        assertEquals("validation_failed", problem.code());
        assertEquals(java.util.Set.of("name", "email"), problem.fields().keySet());
    }

    /** databind kept the last of two "email" keys; a body that says two things is refused instead. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"email\":\"a@example.org\",\"email\":\"b@example.org\"}", "[1,2]", "\"text\"", "null", "",
            "{\"a\":", "{'a':1}", "{\"a\":1,}"})
    void malformedNotAnObjectOrARepeatedKeyIs400Malformed(String body) {
        HttpProblem problem = assertThrows(HttpProblem.class, () -> parse(body));
        assertEquals(400, problem.status());
        assertEquals("malformed_body", problem.code());
    }
}
