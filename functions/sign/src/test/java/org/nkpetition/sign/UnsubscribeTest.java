package org.nkpetition.sign;

import org.nkpetition.mail.sending.SesClients;
import org.nkpetition.mail.composing.TemplatedEmailComposer;
import static org.junit.jupiter.api.Assertions.*;
import static org.nkpetition.sign.SignFixture.PETITION;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.config.Environment;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.SentEmail;
import org.nkpetition.mail.sending.SesMailer;
import org.nkpetition.storage.dynamodb.DynamoDbConfirmedSignatures;
import org.nkpetition.storage.dynamodb.DynamoDbSignatureStore;
import org.nkpetition.updates.Notification;
import org.nkpetition.updates.NotifyResult;
import org.nkpetition.updates.Pacer;
import org.nkpetition.updates.UpdatesService;
import org.nkpetition.links.Links;

/** News through SES (moto) with one-click unsubscribe links that the sign function honours. */
class UnsubscribeTest {
    private final SignFixture fixture = new SignFixture();

    @BeforeEach
    void reset() {
        fixture.reset();
    }

    @Test
    void oneClickUnsubscribeStopsTheNewsAndForgetsTheAddress() {
        fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json("{\"name\":\"N\",\"email\":\"news@example.org\",\"country\":\"KR\",\"updates\":true,\"lang\":\"ko\","
                        + "\"consent\":true}").build());
        String confirmToken = SignFixture.tokenIn(fixture.emailsTo("news@example.org").get(0));
        fixture.invoke(HttpEvents.route(SignHandler.CONFIRM).json("{\"token\":\"" + confirmToken + "\"}").build());

        Environment env = new Environment(fixture.environment);
        DynamoDbSignatureStore store = new DynamoDbSignatureStore(fixture.stack.dynamo(), "SignaturesTable", 10);
        UpdatesService updates = new UpdatesService(new DynamoDbConfirmedSignatures(fixture.stack.dynamo(), "SignaturesTable"),
                store, new SesMailer(SesClients.create(env), SignFixture.SENDER), new TemplatedEmailComposer());
        NotifyResult result = updates.notify(SignFixture.demoPetition(), Notification.of("Delivered", "In 21 cities."),
                new Links("https://" + HttpEvents.DOMAIN), new Pacer(100), sent -> { }, Instant.now());
        assertEquals(new NotifyResult(1, 0, 0), result);

        List<SentEmail> emails = fixture.emailsTo("news@example.org");
        SentEmail news = emails.get(emails.size() - 1);
        assertEquals("Delivered", news.subject());
        assertTrue(news.body().contains("수신 거부"), "the footer speaks the signer's language");
        Matcher link = Pattern.compile("/signatures/unsubscribe\\?token=([A-Za-z0-9_.-]+)").matcher(news.body());
        assertTrue(link.find());
        String token = link.group(1);

        assertEquals(404, fixture.invoke(HttpEvents.route(SignHandler.WITHDRAW).json("{\"token\":\"" + token + "\"}")
                .build()).getStatusCode(), "an unsubscribe link cannot withdraw the signature");

        APIGatewayV2HTTPResponse page = fixture.invoke(HttpEvents.route(SignHandler.UNSUBSCRIBE_PAGE).query("token", token)
                .acceptHtml().build());
        assertEquals(200, page.getStatusCode());
        assertTrue(page.getBody().contains("action=\"/signatures/unsubscribe\""));

        // What a mail provider's one-click button sends (RFC 8058).
        APIGatewayV2HTTPResponse oneClick = fixture.invoke(HttpEvents.route(SignHandler.UNSUBSCRIBE).query("token", token)
                .form("List-Unsubscribe=One-Click").build());
        assertEquals(200, oneClick.getStatusCode());
        assertFalse(fixture.items("SIGNATURE#").toString().contains("news@example.org"));

        NotifyResult next = updates.notify(SignFixture.demoPetition(), Notification.of("Next", "More."),
                new Links("https://" + HttpEvents.DOMAIN), new Pacer(100), sent -> { }, Instant.now());
        assertEquals(0, next.sent());
        assertEquals(1, fixture.items("COUNTER#").stream().mapToLong(i -> Long.parseLong(i.get("total").n())).sum(),
                "the signature still counts");
    }

    @Test
    void badUnsubscribeLinks() {
        assertEquals(400, fixture.invoke(HttpEvents.route(SignHandler.UNSUBSCRIBE).form("List-Unsubscribe=One-Click")
                .build()).getStatusCode());
        assertEquals(404, fixture.invoke(HttpEvents.route(SignHandler.UNSUBSCRIBE).query("token", "garbage")
                .form("List-Unsubscribe=One-Click").build()).getStatusCode());
        assertEquals(404, fixture.invoke(HttpEvents.route(SignHandler.UNSUBSCRIBE_PAGE).query("token", "garbage")
                .acceptHtml().build()).getStatusCode());
    }
}
