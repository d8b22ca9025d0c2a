package org.nkpetition.sign;

import static org.junit.jupiter.api.Assertions.*;
import static org.nkpetition.sign.SignFixture.PETITION;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.LocalStack;

/** Bad input gets the right 4xx, in the request's language, and changes nothing. Never a 5xx. */
class BadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SignFixture fixture = new SignFixture();

    /** What bad input must leave as it was: every item of every table (SIGNATURE#, TOKEN#, COUNTER#, RATE# ...), every object, every email. */
    private LocalStack.Contents baseline;

    @BeforeEach
    void reset() {
        fixture.reset();
        baseline = fixture.stack.contents();
    }

    @AfterEach
    void nothingWasWrittenOrSent() {
        LocalStack.Contents after = fixture.stack.contents();
        assertEquals(baseline.emails(), after.emails(), "no email sent");
        assertEquals(baseline.items(), after.items(), "no item written, changed or deleted in any table");
        assertEquals(baseline, after);
        // Emails still on the queue show once the mailer drains it: none may have been queued either.
        assertEquals(baseline.emails().size(), fixture.sentEmails().size(), "no email queued or sent");
    }

    private static HttpEvents sign() {
        return HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION);
    }

    private JsonNode error(APIGatewayV2HTTPEvent event, int status, String code) throws Exception {
        APIGatewayV2HTTPResponse response = fixture.invoke(event);
        assertEquals(status, response.getStatusCode(), response.getBody());
        JsonNode error = JSON.readTree(response.getBody()).get("error");
        assertEquals(code, error.get("code").asText());
        assertFalse(error.get("message").asText().isBlank());
        return error;
    }

    @Test
    void malformedJson() throws Exception {
        error(sign().json("{\"name\": \"unterminated").build(), 400, "malformed_body");
        error(sign().json("[1,2,3]").build(), 400, "malformed_body");
        error(sign().json("").build(), 400, "malformed_body");
        error(sign().json("{\"name\":{\"first\":\"A\"},\"email\":\"a@example.org\",\"country\":\"KR\",\"consent\":true}").build(),
                400, "validation_failed");
    }

    @Test
    void wrongOrMissingContentType() throws Exception {
        error(sign().header("content-type", "text/plain").rawText("name=A").build(), 415, "unsupported_media_type");
        error(sign().rawText("{}").build(), 415, "unsupported_media_type");
        error(sign().header("content-type", "multipart/form-data; boundary=x").rawText("--x--").build(), 415,
                "unsupported_media_type");
    }

    @Test
    void bodiesOverSixteenKilobytesAreRefused() throws Exception {
        String huge = "{\"name\":\"" + "x".repeat(17 * 1024) + "\"}";
        error(sign().json(huge).build(), 413, "payload_too_large");
        APIGatewayV2HTTPResponse page = fixture.invoke(sign().form("comment=" + "y".repeat(17 * 1024)).build());
        assertEquals(413, page.getStatusCode(), "a form post gets the same status, as a page");
        assertTrue(page.getHeaders().get("Content-Type").startsWith("text/html"));
    }

    @Test
    void everyMissingFieldIsNamedInTheRequestsLanguage() throws Exception {
        JsonNode korean = error(sign().header("accept-language", "ko-KR,ko;q=0.9").json("{}").build(), 400,
                "validation_failed");
        assertEquals("확인이 필요한 항목이 있습니다.", korean.get("message").asText());
        for (String field : new String[] {"name", "email", "country", "consent"}) {
            assertTrue(korean.get("fields").has(field), field);
        }
        assertEquals("필수 항목입니다.", korean.get("fields").get("name").asText());

        JsonNode spanish = error(sign().query("lang", "es").json("{}").build(), 400, "validation_failed");
        assertEquals("Este campo es obligatorio.", spanish.get("fields").get("email").asText());
    }

    @Test
    void eachInvalidFieldGetsItsOwnMessage() throws Exception {
        String body = "{\"name\":\"Bad\\u0007Name\",\"email\":\"not-an-email\",\"country\":\"XX\",\"city\":\"" + "c".repeat(101)
                + "\",\"postalCode\":\"<script>\",\"comment\":\"" + "z".repeat(501) + "\",\"lang\":\"fr\","
                + "\"displayName\":\"nickname\",\"updates\":\"maybe\",\"consent\":true}";
        JsonNode error = error(sign().json(body).build(), 400, "validation_failed");
        JsonNode fields = error.get("fields");
        assertEquals("This field contains characters that cannot be used.", fields.get("name").asText());
        assertEquals("Enter an email address such as name@example.org.", fields.get("email").asText());
        assertTrue(fields.get("country").asText().startsWith("Choose a country"));
        assertEquals("Use at most 100 characters.", fields.get("city").asText());
        assertEquals("Use only letters, digits, spaces and hyphens.", fields.get("postalCode").asText());
        assertEquals("Use at most 500 characters.", fields.get("comment").asText());
        assertTrue(fields.has("lang"));
        assertTrue(fields.has("displayName"));
        assertTrue(fields.has("updates"));
        assertFalse(fields.has("consent"));
    }

    @Test
    void consentIsRequired() throws Exception {
        String withoutConsent = "{\"name\":\"A\",\"email\":\"a@example.org\",\"country\":\"KR\"}";
        JsonNode error = error(sign().json(withoutConsent).build(), 400, "validation_failed");
        assertEquals(1, error.get("fields").size());
        assertTrue(error.get("fields").has("consent"));
        error(sign().json(withoutConsent.replace("}", ",\"consent\":false}")).build(), 400, "validation_failed");
    }

    @Test
    void aFilledHoneypotIsRefused() throws Exception {
        String bot = "{\"name\":\"A\",\"email\":\"a@example.org\",\"country\":\"KR\",\"consent\":true,\"website\":\"http://spam\"}";
        JsonNode error = error(sign().json(bot).build(), 400, "validation_failed");
        assertTrue(error.get("fields").has("website"));
    }

    @Test
    void formErrorsComeBackOnThePageWithTheValuesKept() {
        APIGatewayV2HTTPResponse response = fixture.invoke(sign().acceptHtml()
                .form("lang=es&name=Ana&email=ana%40bad&country=ES&comment=%3Cb%3Ehola%3C%2Fb%3E").build());
        assertEquals(400, response.getStatusCode());
        String page = response.getBody();
        assertTrue(page.contains("<html lang=\"es\">"));
        assertTrue(page.contains("Escribe una dirección de correo como nombre@ejemplo.org."));
        assertTrue(page.contains("value=\"Ana\""), "values are kept");
        assertTrue(page.contains("&lt;b&gt;hola&lt;/b&gt;"), "kept values are escaped");
        assertTrue(page.contains("aria-invalid=\"true\""));
    }

    @Test
    void unknownOrClosedPetitions() throws Exception {
        String valid = SignFixture.signJson("A", "a@example.org", "KR", "en");
        error(HttpEvents.route(SignHandler.SIGN).path("petitionId", "no-such-petition").json(valid).build(), 404,
                "petition_not_found");
        error(HttpEvents.route(SignHandler.SIGN).path("petitionId", "../../etc/" + "x".repeat(3000)).json(valid).build(),
                404, "petition_not_found");
        error(HttpEvents.route(SignHandler.SIGN).path("petitionId", "closed-petition").json(valid).build(), 409,
                "petition_closed");
    }

    @Test
    void badTokens() throws Exception {
        error(HttpEvents.route(SignHandler.CONFIRM).json("{}").build(), 400, "token_missing");
        error(HttpEvents.route(SignHandler.CONFIRM).json("{\"token\":\"not-a-token\"}").build(), 404, "token_invalid");
        error(HttpEvents.route(SignHandler.CONFIRM)
                .json("{\"token\":\"AAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB\"}").build(), 404,
                "token_invalid");
        assertEquals(404, fixture.invoke(HttpEvents.route(SignHandler.CONFIRM_PAGE).acceptHtml()
                .query("token", "x' OR 1=1").build()).getStatusCode());
        assertEquals(400, fixture.invoke(HttpEvents.route(SignHandler.CONFIRM_PAGE).acceptHtml().build()).getStatusCode());
    }

    @Test
    void anExpiredLinkNoLongerConfirms() throws Exception {
        Instant signedAt = Instant.parse("2026-09-01T10:00:00Z");
        SignHandler then = fixture.handlerAt(Clock.fixed(signedAt, ZoneOffset.UTC));
        then.handleRequest(sign().json(SignFixture.signJson("Late", "late@example.org", "KR", "en")).build(), null);
        String token = SignFixture.tokenIn(fixture.emailsTo("late@example.org").get(0));
        baseline = fixture.stack.contents();

        SignHandler eightDaysLater = fixture.handlerAt(Clock.fixed(signedAt.plus(Duration.ofDays(8)), ZoneOffset.UTC));
        APIGatewayV2HTTPResponse response = eightDaysLater.handleRequest(HttpEvents.route(SignHandler.CONFIRM)
                .json("{\"token\":\"" + token + "\"}").build(), null);
        assertEquals(410, response.getStatusCode());
        assertEquals("token_expired", JSON.readTree(response.getBody()).get("error").get("code").asText());
        assertEquals(0, fixture.items("COUNTER#").size());
    }

    @Test
    void noRequestWhateverItCarriesGetsA5xx() {
        Random random = new Random(20261123);
        String[] routes = {SignHandler.SIGN, SignHandler.CONFIRM, SignHandler.CONFIRM_PAGE, "DELETE /anything", ""};
        String[] types = {"application/json", "application/x-www-form-urlencoded", "text/html", "", "application/json; charset=latin1"};
        for (int i = 0; i < 300; i++) {
            byte[] garbage = new byte[random.nextInt(2000)];
            random.nextBytes(garbage);
            HttpEvents event = HttpEvents.route(routes[random.nextInt(routes.length)])
                    .path("petitionId", random.nextBoolean() ? PETITION : new String(garbage, 0, Math.min(30, garbage.length),
                            java.nio.charset.StandardCharsets.ISO_8859_1))
                    .header("content-type", types[random.nextInt(types.length)])
                    .header("accept-language", random.nextBoolean() ? "ko;q=abc, *;q=" : "\u0000")
                    .query("token", new String(garbage, java.nio.charset.StandardCharsets.UTF_8));
            if (random.nextBoolean()) {
                event.rawBase64(garbage);
            } else {
                event.rawText(random.nextBoolean() ? new String(garbage, java.nio.charset.StandardCharsets.UTF_8)
                        : "%%%&&&===%ZZ&name=%E0%A4%A");
            }
            int status = fixture.invoke(event.build()).getStatusCode();
            assertTrue(status >= 400 && status < 500, "got " + status);
        }
        assertEquals(404, fixture.handler.handleRequest(null, null).getStatusCode());
        assertEquals(404, fixture.handler.handleRequest(new APIGatewayV2HTTPEvent(), null).getStatusCode());
    }
}
