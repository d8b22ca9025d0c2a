package org.nkpetition.sign;

import org.nkpetition.mail.sending.SesClients;
import org.nkpetition.mail.composing.TemplatedEmailComposer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nkpetition.sign.SignFixture.PETITION;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
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

/** RFC 8058 one-click unsubscribe with every body mail clients send: the token is in the URL, the body may be anything. */
class OneClickBodiesTest {
    private final SignFixture fixture = new SignFixture();

    @BeforeEach
    void reset() {
        fixture.reset();
    }

    @Test
    void multipartFormUrlencodedTextPlainAndEmptyBodiesAllUnsubscribe() {
        Map<String, UnaryOperator<HttpEvents>> bodies = new LinkedHashMap<>();
        bodies.put("multipart", e -> e.header("content-type", "multipart/form-data; boundary=\"----b0undary\"")
                .rawText("------b0undary\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n"
                        + "------b0undary--\r\n"));
        bodies.put("form", e -> e.form("List-Unsubscribe=One-Click"));
        bodies.put("text", e -> e.header("content-type", "text/plain; charset=utf-8").rawText("List-Unsubscribe=One-Click"));
        bodies.put("empty", e -> e.rawText(""));
        bodies.put("none", e -> e);

        Map<String, String> tokens = new LinkedHashMap<>();
        for (String kind : bodies.keySet()) {
            tokens.put(kind, newsletterToken(kind + "@example.org"));
        }
        for (Map.Entry<String, UnaryOperator<HttpEvents>> body : bodies.entrySet()) {
            HttpEvents event = HttpEvents.route(SignHandler.UNSUBSCRIBE).query("token", tokens.get(body.getKey()));
            assertEquals(200, fixture.invoke(body.getValue().apply(event).build()).getStatusCode(), body.getKey());
        }
        assertEquals(0, notify("Next").sent(), "nobody is sent news any more");
    }

    private String newsletterToken(String address) {
        fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json("{\"name\":\"N\",\"email\":\"" + address + "\",\"country\":\"KR\",\"updates\":true,\"consent\":true}")
                .build());
        String confirm = SignFixture.tokenIn(fixture.emailsTo(address).get(0));
        fixture.invoke(HttpEvents.route(SignHandler.CONFIRM).json("{\"token\":\"" + confirm + "\"}").build());
        notify("News for " + address);
        List<SentEmail> emails = fixture.emailsTo(address);
        Matcher link = Pattern.compile("/signatures/unsubscribe\\?token=([A-Za-z0-9_.-]+)")
                .matcher(emails.get(emails.size() - 1).body());
        if (!link.find()) {
            throw new AssertionError("no unsubscribe link");
        }
        return link.group(1);
    }

    private NotifyResult notify(String subject) {
        DynamoDbSignatureStore store = new DynamoDbSignatureStore(fixture.stack.dynamo(), "SignaturesTable", 10);
        UpdatesService updates = new UpdatesService(new DynamoDbConfirmedSignatures(fixture.stack.dynamo(), "SignaturesTable"),
                store, new SesMailer(SesClients.create(new Environment(fixture.environment)), SignFixture.SENDER), new TemplatedEmailComposer());
        return updates.notify(SignFixture.demoPetition(), Notification.of(subject, "Body."),
                new Links("https://" + HttpEvents.DOMAIN), new Pacer(100), sent -> { }, Instant.now());
    }
}
