package org.nkpetition.sign;

import static org.junit.jupiter.api.Assertions.*;
import static org.nkpetition.sign.SignFixture.PETITION;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.SentEmail;
import org.nkpetition.storage.dynamodb.DynamoDbCountStore;

/** The whole path a signer takes: sign, receive the email (from moto), open the link, confirm, be counted. */
class SignAndConfirmTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SignFixture fixture = new SignFixture();

    @BeforeEach
    void reset() {
        fixture.reset();
    }

    @Test
    void signingThenConfirmingCountsTheSignerOnceInTotalAndCountry() throws Exception {
        APIGatewayV2HTTPResponse signed = fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json(SignFixture.signJson("Kim Min-ji", "minji@example.org", "KR", "ko")).build());
        assertEquals(202, signed.getStatusCode());
        assertEquals("pending-confirmation", JSON.readTree(signed.getBody()).get("status").asText());
        assertEquals(0, count().total(), "pending signatures are not counted");

        List<SentEmail> emails = fixture.emailsTo("minji@example.org");
        assertEquals(1, emails.size());
        assertEquals(SignFixture.SENDER, emails.get(0).from());
        String token = SignFixture.tokenIn(emails.get(0));

        // Opening the link (GET) shows a button and changes nothing: mail scanners prefetch links.
        APIGatewayV2HTTPResponse page = fixture.invoke(HttpEvents.route(SignHandler.CONFIRM_PAGE)
                .query("token", token).acceptHtml().build());
        assertEquals(200, page.getStatusCode());
        assertTrue(page.getBody().contains("<form method=\"post\" action=\"/signatures/confirm\">"));
        assertEquals(0, count().total());

        APIGatewayV2HTTPResponse confirmed = fixture.invoke(HttpEvents.route(SignHandler.CONFIRM)
                .json("{\"token\":\"" + token + "\"}").build());
        assertEquals(200, confirmed.getStatusCode());
        JsonNode body = JSON.readTree(confirmed.getBody());
        assertEquals("confirmed", body.get("status").asText());
        assertEquals(1, body.get("count").asLong());

        PetitionCount count = count();
        assertEquals(1, count.total());
        assertEquals(1L, count.byCountry().get("KR"));
        assertTrue(count.updatedAt().isPresent());

        // Confirming again is a harmless 200 and counts nothing more.
        APIGatewayV2HTTPResponse again = fixture.invoke(HttpEvents.route(SignHandler.CONFIRM)
                .json("{\"token\":\"" + token + "\"}").build());
        assertEquals(200, again.getStatusCode());
        assertEquals(1, count().total());
    }

    @Test
    void aFormPostGetsPagesAllTheWayThrough() {
        APIGatewayV2HTTPResponse signed = fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .acceptHtml().form("name=Ana+Garc%C3%ADa&email=ana%40example.org&country=ES&lang=es&consent=true&website=")
                .build());
        assertEquals(202, signed.getStatusCode());
        assertTrue(signed.getHeaders().get("Content-Type").startsWith("text/html"));
        assertTrue(signed.getBody().contains("Revisa tu correo"), "check-your-email page in Spanish");

        String token = SignFixture.tokenIn(fixture.emailsTo("ana@example.org").get(0));
        APIGatewayV2HTTPResponse thanks = fixture.invoke(HttpEvents.route(SignHandler.CONFIRM).acceptHtml()
                .form("token=" + token + "&lang=es").build());
        assertEquals(200, thanks.getStatusCode());
        assertTrue(thanks.getBody().contains("Gracias por firmar"));
        assertTrue(thanks.getBody().contains("1 firma"), "thank-you page shows the new count");
        assertTrue(thanks.getBody().contains("https://x.com/intent/post?url="), "share links");
    }

    @ParameterizedTest
    @CsvSource({
        "en, Confirm your signature: Stop the forced repatriation of North Korean refugees, To confirm your signature",
        "ko, 서명을 확인해 주세요: 탈북 난민 강제송환을 중단하라, 서명을 확인하려면",
        "es, Confirma tu firma: Que cese la repatriación forzosa de refugiados norcoreanos, Para confirmar tu firma"
    })
    void theConfirmationEmailIsInTheSignersLanguage(String lang, String subject, String phrase) {
        String address = "signer-" + lang + "@example.org";
        fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json(SignFixture.signJson("Signer", address, "MX", lang)).build());
        SentEmail email = fixture.emailsTo(address).get(0);
        assertEquals(subject, email.subject());
        assertTrue(email.body().contains(phrase), email.body());
        assertTrue(email.body().contains("lang=\"" + lang + "\""));
        assertTrue(email.body().contains("https://" + HttpEvents.DOMAIN + "/signatures/confirm?token="),
                "the link points at the API's own domain");
    }

    @Test
    void signingAgainWhilePendingResendsAtMostFiveEmails() {
        for (int i = 0; i < 8; i++) {
            APIGatewayV2HTTPResponse response = fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                    .json(SignFixture.signJson("Lee Seo-yeon", "Seoyeon+petition@Example.org", "KR", "ko")).build());
            assertEquals(202, response.getStatusCode());
        }
        // Sent to the address as typed, its domain in the ASCII lower-case form mail is sent to.
        assertEquals(5, fixture.emailsTo("Seoyeon+petition@example.org").size());
        assertEquals(1, fixture.items("SIGNATURE#").size());
        // Every link sent stays good until the signature is confirmed.
        String firstToken = SignFixture.tokenIn(fixture.emailsTo("Seoyeon+petition@example.org").get(0));
        assertEquals(200, fixture.invoke(HttpEvents.route(SignHandler.CONFIRM)
                .json("{\"token\":\"" + firstToken + "\"}").build()).getStatusCode());
        assertEquals(1, count().total());
    }

    @Test
    void signingAgainWhenConfirmedAnswersTheSameAndSendsAnAlreadySignedNote() throws Exception {
        String address = "repeat@example.org";
        APIGatewayV2HTTPResponse first = fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json(SignFixture.signJson("Repeat", address, "US", "en")).build());
        String token = SignFixture.tokenIn(fixture.emailsTo(address).get(0));
        fixture.invoke(HttpEvents.route(SignHandler.CONFIRM).json("{\"token\":\"" + token + "\"}").build());

        // A differently written address is the same signer.
        APIGatewayV2HTTPResponse second = fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json(SignFixture.signJson("Repeat", " Repeat+again@EXAMPLE.org ", "US", "en")).build());
        assertEquals(first.getStatusCode(), second.getStatusCode());
        assertEquals(first.getBody(), second.getBody(), "the response never reveals that the address had signed");
        List<SentEmail> notes = fixture.emailsTo("Repeat+again@example.org");
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).subject().startsWith("You have already signed"));
        assertFalse(notes.get(0).body().contains("token="), "the note carries no confirmation link");
        assertEquals(1, count().total());
    }

    @Test
    void withoutUpdatesTheRawEmailIsNeverStored() {
        fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json(SignFixture.signJson("Private Person", "private@example.org", "DE", "en")).build());
        String token = SignFixture.tokenIn(fixture.emailsTo("private@example.org").get(0));
        fixture.invoke(HttpEvents.route(SignHandler.CONFIRM).json("{\"token\":\"" + token + "\"}").build());

        String everything = fixture.items("").toString();
        assertFalse(everything.contains("private@example.org"));
        assertFalse(everything.contains("Private Person"), "confirmed signatures keep only the name as delivered");
        assertTrue(everything.contains("P. P."), "initials are the default delivered name");
        assertFalse(everything.contains(token.substring(23)), "the verifier half of the token is not stored");
    }

    /** primeNow lets a failing priming through; the stack's whole contents (every table, bucket, email) must not change. */
    @Test
    void snapStartPrimingSucceedsAndOnlyReads() {
        fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json(SignFixture.signJson("Reader", "reader@example.org", "KR", "en")).build());
        fixture.invoke(HttpEvents.route(SignHandler.CONFIRM)
                .json("{\"token\":\"" + SignFixture.tokenIn(fixture.emailsTo("reader@example.org").get(0)) + "\"}").build());
        org.nkpetition.localstack.LocalStack.Contents before = fixture.stack.contents();
        assertTrue(before.itemCount() > 3, "a petition, a signature, its token and a counter to read");

        java.util.List<String> calls = org.nkpetition.aws.SdkCalls.during(() -> fixture.handler.priming.primeNow());
        assertFalse(calls.isEmpty(), "priming read something (the SDK calls are recorded)");
        assertEquals(java.util.List.of(), org.nkpetition.aws.SdkCalls.writes(calls), "priming only reads: " + calls);
        assertEquals(before, fixture.stack.contents(), "priming wrote nothing and sent nothing");
    }

    private PetitionCount count() {
        return new DynamoDbCountStore(fixture.stack.dynamo(), "SignaturesTable", 10).read(PETITION);
    }
}
