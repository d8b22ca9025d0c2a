package org.nkpetition.list.lookup;

import static org.junit.jupiter.api.Assertions.*;
import static org.nkpetition.list.lookup.ListFixture.invoke;
import static org.nkpetition.list.lookup.ListFixture.search;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.localstack.HttpEvents;

/** Who searches for whom is nobody's business: queries and names never reach a log line. */
class LogPrivacyTest {
    private final ListFixture fixture = new ListFixture();

    @BeforeEach
    void seed() {
        fixture.resetWithDemoList();
    }

    @Test
    void noQueryOrNameInAnyLogLine() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            ListLookupHandler handler = fixture.handler(0);
            invoke(handler, search("Lee Seol-hwa"));
            invoke(handler, search("박동철"));
            invoke(handler, search("Zzyzx Qwerty"));
            invoke(handler, search("Ri"));
            invoke(handler, HttpEvents.route(ListLookupHandler.SEARCH).query("q", "Lee Seol-hwa").query("limit", "x").build());
            invoke(handler, HttpEvents.route(ListLookupHandler.ENTRY).path("entryId", "demo-001").build());
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertTrue(logs.lines().count() >= 6, "one line per request:\n" + logs);
        assertTrue(logs.contains("\"outcome\":\"found\""));
        assertTrue(logs.contains("\"outcome\":\"no_match\""));
        for (String secret : List.of("Lee", "Seol", "hwa", "박동철", "Zzyzx", "Qwerty", "Ri", "리설화", "demo-001")) {
            assertFalse(logs.contains(secret), "a log line contains " + secret + ":\n" + logs);
        }
    }

    /** A store that cannot be read (no such table): the search is refused with a 503, and neither query nor name is logged. */
    @Test
    void aFailingStoreLogsNoQuery() {
        ListLookupHandler broken = (ListLookupHandler) fixture.stack.<com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent,
                com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse>handler("ListLookupFunction",
                java.util.Map.of("LIST_TABLE", "NoSuchListTable", "LIST_REFRESH_SECONDS", "0"));
        int[] statuses = new int[2];
        String logs = org.nkpetition.fakes.CapturedLogs.of(() -> {
            statuses[0] = invoke(broken, search("Lee Seol-hwa")).getStatusCode();
            statuses[1] = invoke(broken, HttpEvents.route(ListLookupHandler.ENTRY).path("entryId", "demo-001").build())
                    .getStatusCode();
        });
        assertEquals(503, statuses[0], logs);
        assertEquals(503, statuses[1], logs);
        assertTrue(logs.contains("WARN") || logs.contains("ERROR"), "the failure is logged:\n" + logs);
        org.nkpetition.fakes.CapturedLogs.assertNoneOf(logs, List.of("Lee", "Seol", "hwa", "demo-001", "NoSuchListTable"));
    }
}
