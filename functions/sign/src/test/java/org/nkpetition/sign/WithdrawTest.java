package org.nkpetition.sign;

import static org.junit.jupiter.api.Assertions.*;
import static org.nkpetition.sign.SignFixture.PETITION;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.SentEmail;
import org.nkpetition.storage.dynamodb.DynamoDbCountStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Signers stay in control: the link in the confirmation email withdraws the signature and its data. */
class WithdrawTest {
    private final SignFixture fixture = new SignFixture();

    @BeforeEach
    void reset() {
        fixture.reset();
    }

    private String signAndConfirm(String address, String country) {
        fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json("{\"name\":\"Jung Ha-eun\",\"email\":\"" + address + "\",\"country\":\"" + country
                        + "\",\"city\":\"Incheon\",\"comment\":\"Stop it\",\"displayName\":\"full\",\"consent\":true}")
                .build());
        String token = SignFixture.tokenIn(fixture.emailsTo(address).get(0));
        assertEquals(200, fixture.invoke(HttpEvents.route(SignHandler.CONFIRM)
                .json("{\"token\":\"" + token + "\"}").build()).getStatusCode());
        return token;
    }

    private APIGatewayV2HTTPResponse withdraw(String token) {
        return fixture.invoke(HttpEvents.route(SignHandler.WITHDRAW).json("{\"token\":\"" + token + "\"}").build());
    }

    @Test
    void theConfirmationEmailCarriesTheWithdrawLink() {
        fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json(SignFixture.signJson("A", "a@example.org", "KR", "es")).build());
        SentEmail email = fixture.emailsTo("a@example.org").get(0);
        String token = SignFixture.tokenIn(email);
        assertTrue(email.body().contains("/signatures/withdraw?token=" + token + "&amp;lang=es"));
        assertTrue(email.body().contains("Retirar mi firma"));
    }

    @Test
    void withdrawingUncountsAndDeletesThePersonalData() {
        String token = signAndConfirm("haeun@example.org", "KR");
        assertEquals(1, count().total());

        APIGatewayV2HTTPResponse page = fixture.invoke(HttpEvents.route(SignHandler.WITHDRAW_PAGE)
                .query("token", token).query("lang", "ko").acceptHtml().build());
        assertEquals(200, page.getStatusCode());
        assertTrue(page.getBody().contains("action=\"/signatures/withdraw\""), "GET shows a button, changes nothing");
        assertEquals(1, count().total());

        APIGatewayV2HTTPResponse response = withdraw(token);
        assertEquals(200, response.getStatusCode());
        assertTrue(response.getBody().contains("\"status\":\"withdrawn\""));
        PetitionCount count = count();
        assertEquals(0, count.total());
        assertEquals(Map.of(), count.byCountry());

        assertTrue(fixture.items("SIGNATURE#").isEmpty(), "the signature is gone");
        String everything = fixture.items("").toString();
        for (String personal : List.of("Jung Ha-eun", "Incheon", "Stop it", "haeun")) {
            assertFalse(everything.contains(personal), personal);
        }
        List<Map<String, AttributeValue>> tokens = fixture.items("TOKEN#");
        assertEquals(1, tokens.size());
        assertFalse(tokens.get(0).containsKey("signerKey"), "the tombstone no longer points at the signer");
    }

    @Test
    void theLinkStillAnswersPolitelyAfterwardsAndCountsNothingMore() {
        String token = signAndConfirm("twice@example.org", "US");
        withdraw(token);
        APIGatewayV2HTTPResponse again = withdraw(token);
        assertEquals(200, again.getStatusCode());
        assertEquals(0, count().total());

        APIGatewayV2HTTPResponse page = fixture.invoke(HttpEvents.route(SignHandler.WITHDRAW_PAGE)
                .query("token", token).query("lang", "es").acceptHtml().build());
        assertEquals(200, page.getStatusCode());
        assertTrue(page.getBody().contains("Esta firma ya había sido retirada."));

        APIGatewayV2HTTPResponse confirmAgain = fixture.invoke(HttpEvents.route(SignHandler.CONFIRM)
                .json("{\"token\":\"" + token + "\"}").build());
        assertEquals(410, confirmAgain.getStatusCode(), "a withdrawn signature cannot be confirmed back");
        assertEquals(0, count().total());
    }

    @Test
    void twentyConcurrentWithdrawalsUncountOnce() throws Exception {
        signAndConfirm("other@example.org", "KR");
        String token = signAndConfirm("racer@example.org", "KR");
        assertEquals(2, count().total());
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<APIGatewayV2HTTPResponse>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return withdraw(token);
            }));
        }
        start.countDown();
        for (Future<APIGatewayV2HTTPResponse> result : results) {
            assertEquals(200, result.get().getStatusCode());
        }
        pool.shutdown();
        assertEquals(1, count().total());
        assertEquals(Map.of("KR", 1L), count().byCountry());
    }

    @Test
    void anUnconfirmedSignatureCanBeCancelledAndSignedAgain() {
        fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json(SignFixture.signJson("B", "b@example.org", "JP", "en")).build());
        String token = SignFixture.tokenIn(fixture.emailsTo("b@example.org").get(0));
        assertEquals(200, withdraw(token).getStatusCode());
        assertTrue(fixture.items("SIGNATURE#").isEmpty());
        assertEquals(0, count().total());

        fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json(SignFixture.signJson("B", "b@example.org", "JP", "en")).build());
        List<SentEmail> emails = fixture.emailsTo("b@example.org");
        assertEquals(2, emails.size());
        assertTrue(emails.get(1).subject().startsWith("Confirm your signature"), "signing again starts afresh");
    }

    @Test
    void badWithdrawalsAre4xx() {
        assertEquals(400, fixture.invoke(HttpEvents.route(SignHandler.WITHDRAW).json("{}").build()).getStatusCode());
        assertEquals(404, withdraw("AAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB").getStatusCode());
        assertEquals(404, fixture.invoke(HttpEvents.route(SignHandler.WITHDRAW_PAGE).query("token", "nope").acceptHtml()
                .build()).getStatusCode());
    }

    private PetitionCount count() {
        return new DynamoDbCountStore(fixture.stack.dynamo(), "SignaturesTable", 10).read(PETITION);
    }
}
