package org.nkpetition.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nkpetition.sign.SignFixture.PETITION;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.localstack.HttpEvents;

/** Issue 12 at the sign function: headers, names and addresses as people really type them. */
class TextAtTheEdgeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SignFixture fixture = new SignFixture();

    @BeforeEach
    void reset() {
        fixture.reset();
    }

    private static HttpEvents sign(String name, String email) {
        return HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json("{\"name\":" + quote(name) + ",\"email\":" + quote(email) + ",\"country\":\"KR\",\"consent\":true}");
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void malformedAcceptLanguageOnEveryRouteIsNoServerError() {
        for (String header : new String[] {";", ";;;,,,", ",", "ko;q=NaN", "\u0000;"}) {
            for (String route : new String[] {SignHandler.SIGN, SignHandler.CONFIRM_PAGE, SignHandler.CONFIRM,
                SignHandler.WITHDRAW_PAGE, SignHandler.WITHDRAW, SignHandler.UNSUBSCRIBE_PAGE, SignHandler.UNSUBSCRIBE}) {
                for (boolean html : new boolean[] {false, true}) {
                    HttpEvents event = HttpEvents.route(route).path("petitionId", PETITION).header("accept-language", header)
                            .json("{\"token\":\"x\"}");
                    if (html) {
                        event.acceptHtml();
                    }
                    int status = fixture.invoke(event.build()).getStatusCode();
                    assertTrue(status < 500, route + " with Accept-Language " + header + ": " + status);
                }
            }
        }
    }

    @Test
    void oneMailboxSignsOnce() {
        String[][] twins = {{"first.last@gmail.com", "firstlast@googlemail.com"}, {"q@example.org", "\"q\"@example.org"},
            {"ann@bücher.example", "ann@xn--bcher-kva.example"},
            {"ann@bücher2.example", Normalizer.normalize("ann@bücher2.example", Normalizer.Form.NFD)}};
        for (String[] pair : twins) {
            assertEquals(202, fixture.invoke(sign("Ann", pair[0]).build()).getStatusCode(), pair[0]);
            assertEquals(202, fixture.invoke(sign("Ann", pair[1]).build()).getStatusCode(), pair[1]);
        }
        assertEquals(twins.length, fixture.items("SIGNATURE#").size(), "one signature per mailbox");
    }

    @Test
    void mailGoesToThePunycodeDomain() {
        assertEquals(202, fixture.invoke(sign("Ann", "ann@straße.example").build()).getStatusCode());
        assertEquals(1, fixture.emailsTo("ann@xn--strae-oqa.example").size());
    }

    @Test
    void refusedAddressesAndNamesGetTheirOwnMessageInTheRequestsLanguage() throws Exception {
        String[][] cases = {
            {"ann,bob@example.org", "Ann", "email", "name@example.org"},
            {"zoë@example.org", "Ann", "email", "@"},
            {"a\u200Bnn@example.org", "Ann", "email", ""},
            {"ann@example.org", "Ann\u202ELee", "name", ""},
            {"ann@example.org", "\u3164", "name", ""},
        };
        for (String[] c : cases) {
            APIGatewayV2HTTPResponse response = fixture.invoke(sign(c[1], c[0]).header("accept-language", "ko").build());
            assertEquals(400, response.getStatusCode(), response.getBody());
            JsonNode fields = JSON.readTree(response.getBody()).get("error").get("fields");
            assertTrue(fields.has(c[2]), response.getBody());
            assertTrue(fields.get(c[2]).asText().chars().anyMatch(ch -> ch >= 0xAC00 && ch <= 0xD7A3), "in Korean: " + fields);
        }
        assertEquals(0, fixture.items("SIGNATURE#").size(), "nothing stored");
        assertEquals(0, fixture.moto.sentEmails().size(), "nothing sent");
    }

    @Test
    void decomposedNamesAreStoredComposed() {
        String nfd = Normalizer.normalize("김민지", Normalizer.Form.NFD);
        assertEquals(202, fixture.invoke(sign(nfd, "minji@example.org").build()).getStatusCode());
        String stored = fixture.items("SIGNATURE#").toString();
        assertTrue(stored.contains("김민지"), stored);
        assertFalse(stored.contains("\u1100"), "no loose jamo stored");
    }
}
