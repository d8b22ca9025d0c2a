package org.nkpetition.sign;

import static org.junit.jupiter.api.Assertions.*;
import static org.nkpetition.sign.SignFixture.PETITION;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.localstack.HttpEvents;

/** Signers can be targeted: their names, addresses, tokens and IPs never reach a log line. */
class LogPrivacyTest {
    private final SignFixture fixture = new SignFixture();

    @BeforeEach
    void reset() {
        fixture.reset();
    }

    @Test
    void noPersonalDataOrTokenInAnyLogLine() {
        String name = "Choi Eun-hye";
        String email = "eunhye.choi@example.org";
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        String token;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                    .json(SignFixture.signJson(name, email, "KR", "ko")).build());
            fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION).acceptHtml()
                    .form("name=Choi+Eun-hye&email=eunhye.choi%40example.org&country=KR&consent=true").build());
            token = SignFixture.tokenIn(fixture.emailsTo(email).get(0));
            fixture.invoke(HttpEvents.route(SignHandler.CONFIRM_PAGE).query("token", token).acceptHtml().build());
            fixture.invoke(HttpEvents.route(SignHandler.CONFIRM).json("{\"token\":\"" + token + "\"}").build());
            fixture.invoke(HttpEvents.route(SignHandler.CONFIRM).json("{\"token\":\"" + token + "x\"}").build());
            fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                    .json("{\"name\":\"" + name + "\",\"email\":\"" + email + "\"}").build());
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        List<String> lines = logs.lines().toList();
        assertTrue(lines.size() >= 6, "one line per request at least:\n" + logs);
        assertTrue(logs.contains("\"outcome\":\"confirmed\""), "logs carry outcomes");
        assertTrue(logs.contains("\"requestId\""), "logs carry request ids");
        for (String secret : List.of(name, "Choi", "Eun-hye", email, "eunhye", token, token.substring(0, 22),
                token.substring(23), "203.0.113.99")) {
            assertFalse(logs.contains(secret), "a log line contains " + secret + ":\n" + logs);
        }
    }

    /** Withdrawal, unsubscribe and a failing dependency (the email queue is not there) log no personal data either. */
    @Test
    void withdrawUnsubscribeAndTheErrorPathLogNoPersonalData() {
        String email = "leaving.person@example.org";
        fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json("{\"name\":\"Leaving Person\",\"email\":\"" + email + "\",\"country\":\"KR\",\"updates\":true,"
                        + "\"consent\":true}").build());
        String token = SignFixture.tokenIn(fixture.emailsTo(email).get(0));
        fixture.invoke(HttpEvents.route(SignHandler.CONFIRM).json("{\"token\":\"" + token + "\"}").build());
        org.nkpetition.signature.SignatureStore store = new org.nkpetition.storage.dynamodb.DynamoDbSignatureStore(
                fixture.stack.dynamo(), "SignaturesTable", 10);
        String signerKey = fixture.items("SIGNATURE#").get(0).get("signerKey").s();
        org.nkpetition.security.SecretToken unsubscribe = org.nkpetition.security.SecretToken.generate();
        store.putToken(new org.nkpetition.signature.TokenRecord(unsubscribe.selector(), unsubscribe.verifierHash(), PETITION,
                signerKey, org.nkpetition.domain.Language.EN, java.util.Optional.empty(), false,
                org.nkpetition.signature.TokenRecord.Purpose.UNSUBSCRIBE));

        java.util.Map<String, String> noQueue = new java.util.HashMap<>(fixture.environment);
        noQueue.put("MAIL_QUEUE_URL", org.nkpetition.localstack.SamTemplate.localQueueUrl(fixture.stack.endpoint(), "NoSuchQueue"));
        SignHandler unverifiedSender = new SignHandler(noQueue);
        String logs = org.nkpetition.fakes.CapturedLogs.of(() -> {
            fixture.invoke(HttpEvents.route(SignHandler.UNSUBSCRIBE_PAGE).query("token", unsubscribe.value()).acceptHtml().build());
            fixture.invoke(HttpEvents.route(SignHandler.UNSUBSCRIBE).query("token", unsubscribe.value())
                    .form("List-Unsubscribe=One-Click").build());
            fixture.invoke(HttpEvents.route(SignHandler.WITHDRAW_PAGE).query("token", token).acceptHtml().build());
            fixture.invoke(HttpEvents.route(SignHandler.WITHDRAW).json("{\"token\":\"" + token + "\"}").build());
            fixture.invoke(HttpEvents.route(SignHandler.WITHDRAW).json("{\"token\":\"" + token + "x\"}").build());
            unverifiedSender.handleRequest(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                    .json(SignFixture.signJson("Failing Person", "failing.person@example.org", "KR", "en")).build(), null);
        });
        assertTrue(logs.contains("\"outcome\":\"unsubscribed\""), logs);
        assertTrue(logs.contains("\"outcome\":\"withdrawn\""), logs);
        assertTrue(logs.contains("\"level\":\"ERROR\""), "the failing send was logged as an error:\n" + logs);
        org.nkpetition.fakes.CapturedLogs.assertNoneOf(logs, List.of(email, "leaving.person", "Leaving Person", token,
                token.substring(0, 22), token.substring(23), unsubscribe.value(), unsubscribe.selector(), signerKey,
                "failing.person@example.org", "Failing Person", "203.0.113.99"));
    }
}
