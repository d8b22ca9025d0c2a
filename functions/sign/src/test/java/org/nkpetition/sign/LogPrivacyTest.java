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
}
