package org.nkpetition.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nkpetition.sign.SignFixture.PETITION;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.nkpetition.localstack.HttpEvents;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sign function as deployed (against the local stack), fed arbitrary Unicode in every text
 * field and in the language and content headers: never a 5xx, and whatever it stores is NFC.
 * Fewer tries than the domain module's properties: each one is a real request to the stack.
 */
class SignPropertyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRICKY = "aZ09 .,;=+-@'\"\t\r\n\\%<>"
            + "\u0301\u0308\u1100\u1161\u11A8\uAC00\u200B\u200C\u200D\uFEFF\u00AD\u3164"
            + "\u202A\u202E\u2066\u2069\u200F\uFF1D\uFF21\u3000\u00A0\u2028\u05D0\u0627\u0644\uFB01\u00DF\uFFFD\uD800\uDC00";
    private static SignFixture fixture;

    @BeforeContainer
    static void start() {
        fixture = new SignFixture();
        fixture.reset();
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars(TRICKY.toCharArray()).ofMaxLength(40));
    }

    @Provide
    Arbitrary<Map<String, String>> bodies() {
        Arbitrary<String> field = Arbitraries.of("name", "email", "country", "city", "postalCode", "comment", "lang",
                "displayName", "updates", "consent");
        Arbitrary<String> name = Arbitraries.oneOf(text(), Arbitraries.of("김민지", Normalizer.normalize("김민지",
                Normalizer.Form.NFD), "Jose\u0301", "\u0645\u062D\u0645\u062F", "\u05D3\u05D5\u05D3"));
        return Combinators.combine(field, text(), name).as((which, value, typedName) -> {
            Map<String, String> body = new java.util.HashMap<>(Map.of("name", typedName, "email", "p@example.org",
                    "country", "KR", "city", typedName, "comment", typedName + value, "consent", "true"));
            body.put(which, value);
            return body;
        });
    }

    @Property(tries = 200)
    void neverAServerErrorAndNothingStoredUnnormalised(@ForAll("bodies") Map<String, String> body,
            @ForAll("text") String header) throws Exception {
        APIGatewayV2HTTPResponse response = fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json(JSON.writeValueAsString(body)).header("accept-language", header).header("accept", header).build());
        assertTrue(response.getStatusCode() < 500, response.getStatusCode() + " " + response.getBody());
        for (Map<String, AttributeValue> item : fixture.items("SIGNATURE#")) {
            for (AttributeValue value : item.values()) {
                if (value.s() != null) {
                    assertTrue(Normalizer.isNormalized(value.s(), Normalizer.Form.NFC), value.s());
                }
            }
        }
    }

    @Property(tries = 100)
    void unsubscribeAcceptsAnyBody(@ForAll("text") String body, @ForAll("text") String contentType) {
        APIGatewayV2HTTPResponse response = fixture.invoke(HttpEvents.route(SignHandler.UNSUBSCRIBE).query("token", "x.y")
                .header("content-type", contentType).rawText(body).build());
        assertTrue(response.getStatusCode() < 500 && response.getStatusCode() != 415,
                response.getStatusCode() + " " + response.getBody());
        assertEquals(false, response.getBody().isEmpty());
    }
}
