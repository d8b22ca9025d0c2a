package org.nkpetition.sign;

import static org.junit.jupiter.api.Assertions.*;
import static org.nkpetition.sign.SignFixture.PETITION;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.SentEmail;
import org.nkpetition.storage.dynamodb.DynamoDbCountStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A link confirms or withdraws exactly the signature it was sent for, and says truthfully what happened. */
class HonestLinksTest {
    private final SignFixture fixture = new SignFixture();

    @BeforeEach
    void reset() {
        fixture.reset();
    }

    @Test
    void reSigningWhilePendingNeverChangesWhatTheFirstLinkConfirms() {
        sign("Kim Min-ji", "minji@example.org", "KR");
        String first = SignFixture.tokenIn(fixture.emailsTo("minji@example.org").get(0));
        // Someone else signs with the same address and other details before the link is used.
        sign("Someone Else", "minji@example.org", "US");
        List<SentEmail> emails = fixture.emailsTo("minji@example.org");
        assertEquals(2, emails.size(), "the link is re-sent to the address");

        assertEquals(200, confirm(first).getStatusCode());
        PetitionCount count = count();
        assertEquals(1, count.total());
        assertEquals(Map.of("KR", 1L), count.byCountry(), "the first details are what was confirmed");
        Map<String, AttributeValue> signature = fixture.items("SIGNATURE#").get(0);
        assertEquals("KR", signature.get("country").s());
        assertFalse(signature.toString().contains("Someone"), "the second request's name was not taken");
    }

    @Test
    void withdrawingKillsEveryEarlierLinkEvenForALaterSignatureByTheSameAddress() {
        sign("Park Ji-hoon", "jihoon@example.org", "KR");
        sign("Park Ji-hoon", "jihoon@example.org", "KR");
        List<SentEmail> emails = fixture.emailsTo("jihoon@example.org");
        String first = SignFixture.tokenIn(emails.get(0));
        String resent = SignFixture.tokenIn(emails.get(1));
        assertEquals(200, confirm(first).getStatusCode());
        assertEquals(200, withdraw(first).getStatusCode());
        assertEquals(0, count().total());

        // The same address signs again later: a new signature with its own link.
        sign("Park Ji-hoon", "jihoon@example.org", "JP");
        String later = SignFixture.tokenIn(fixture.emailsTo("jihoon@example.org").get(2));

        assertEquals(410, confirm(resent).getStatusCode(), "a link of the withdrawn signature confirms nothing");
        assertEquals(0, count().total());
        APIGatewayV2HTTPResponse page = fixture.invoke(HttpEvents.route(SignHandler.CONFIRM_PAGE)
                .query("token", resent).acceptHtml().build());
        assertEquals(410, page.getStatusCode());
        withdraw(resent);
        assertEquals(1, fixture.items("SIGNATURE#").size(), "nor does it withdraw the later signature");

        assertEquals(200, confirm(later).getStatusCode());
        assertEquals(Map.of("JP", 1L), count().byCountry());
    }

    @Test
    void anExpiredLinkOfACountedSignatureOffersTheWithdrawalInsteadOfSayingWithdrawn() {
        sign("Lee Seo-yeon", "seoyeon@example.org", "KR");
        sign("Lee Seo-yeon", "seoyeon@example.org", "KR");
        List<SentEmail> emails = fixture.emailsTo("seoyeon@example.org");
        String first = SignFixture.tokenIn(emails.get(0));
        assertEquals(200, confirm(SignFixture.tokenIn(emails.get(1))).getStatusCode());

        // Weeks later the first link's confirming days are over; the signature is still counted.
        SignHandler later = fixture.handlerAt(Clock.fixed(Instant.now().plus(Duration.ofDays(30)), ZoneOffset.UTC));
        APIGatewayV2HTTPResponse page = later.handleRequest(HttpEvents.route(SignHandler.WITHDRAW_PAGE)
                .query("token", first).acceptHtml().build(), null);
        assertEquals(200, page.getStatusCode());
        assertTrue(page.getBody().contains("action=\"/signatures/withdraw\""), "the withdraw button, not 'withdrawn'");
        assertEquals(1, count().total());

        APIGatewayV2HTTPResponse withdrawn = later.handleRequest(HttpEvents.route(SignHandler.WITHDRAW)
                .json("{\"token\":\"" + first + "\"}").build(), null);
        assertEquals(200, withdrawn.getStatusCode());
        assertEquals(0, count().total(), "and the button does withdraw it");
    }

    private void sign(String name, String email, String country) {
        assertEquals(202, fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json(SignFixture.signJson(name, email, country, "en")).build()).getStatusCode());
    }

    private APIGatewayV2HTTPResponse confirm(String token) {
        return fixture.invoke(HttpEvents.route(SignHandler.CONFIRM).json("{\"token\":\"" + token + "\"}").build());
    }

    private APIGatewayV2HTTPResponse withdraw(String token) {
        return fixture.invoke(HttpEvents.route(SignHandler.WITHDRAW).json("{\"token\":\"" + token + "\"}").build());
    }

    private PetitionCount count() {
        return new DynamoDbCountStore(fixture.stack.dynamo(), "SignaturesTable", 10).read(PETITION);
    }
}
