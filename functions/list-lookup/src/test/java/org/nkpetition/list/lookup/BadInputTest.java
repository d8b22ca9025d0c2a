package org.nkpetition.list.lookup;

import static org.junit.jupiter.api.Assertions.*;
import static org.nkpetition.list.lookup.ListFixture.invoke;
import static org.nkpetition.list.lookup.ListFixture.json;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkpetition.localstack.HttpEvents;

/** Whatever a client sends gets a clear 4xx (or results), never a 5xx. */
class BadInputTest {
    private static final ListFixture FIXTURE = new ListFixture();
    private static ListLookupHandler handler;

    @BeforeAll
    static void seed() {
        FIXTURE.resetWithDemoList();
        handler = FIXTURE.handler(60);
    }

    private static APIGatewayV2HTTPResponse get(HttpEvents event) {
        return invoke(handler, event.build());
    }

    @ParameterizedTest(name = "{0} {1} → {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            q      | NULL    | 400 | query_missing
            q      | '   '   | 400 | query_missing
            q      | 김      | 400 | query_too_short
            q      | Ri      | 400 | query_too_short
            q      | 12345   | 400 | query_too_short
            q      | '!!!--' | 400 | query_too_short
            limit  | 0       | 400 | invalid_limit
            limit  | 51      | 400 | invalid_limit
            limit  | -1      | 400 | invalid_limit
            limit  | ten     | 400 | invalid_limit
            limit  | 1e3     | 400 | invalid_limit
            limit  | 99999999999999999999 | 400 | invalid_limit
            status | jailed  | 400 | invalid_status
            status | DETAINED| 400 | invalid_status
            category | soldier | 400 | invalid_category
            """)
    void refusedWithACodeAndTheFieldNamed(String field, String value, int status, String code) {
        HttpEvents event = HttpEvents.route(ListLookupHandler.SEARCH);
        if (!field.equals("q")) {
            event.query("q", "Lee Seol-hwa");
        }
        if (value != null) {
            event.query(field, value);
        }
        APIGatewayV2HTTPResponse response = get(event);
        assertEquals(status, response.getStatusCode(), response.getBody());
        JsonNode error = json(response).get("error");
        assertEquals(code, error.get("code").asText());
        assertTrue(error.get("fields").has(field), response.getBody());
    }

    @Test
    void refusalsAreInTheRequestsLanguage() {
        JsonNode korean = json(get(HttpEvents.route(ListLookupHandler.SEARCH).query("q", "김").header("accept-language", "ko")));
        assertEquals("한글 2글자 이상 또는 로마자 3글자 이상을 입력해 주세요.", korean.get("error").get("message").asText());
        JsonNode spanish = json(get(HttpEvents.route(ListLookupHandler.SEARCH).query("q", "Lee").query("limit", "500")
                .query("lang", "es")));
        assertEquals("limit debe ser un número entero de 1 a 50.", spanish.get("error").get("message").asText());
        JsonNode english = json(get(HttpEvents.route(ListLookupHandler.SEARCH).query("q", "x".repeat(101))));
        assertEquals("A search can be at most 100 characters long.", english.get("error").get("message").asText());
    }

    @Test
    void browsersGetTheRefusalAsAPage() {
        APIGatewayV2HTTPResponse response = get(HttpEvents.route(ListLookupHandler.SEARCH).query("q", "Ri").acceptHtml());
        assertEquals(400, response.getStatusCode());
        assertTrue(response.getHeaders().get("Content-Type").startsWith("text/html"));
        assertTrue(response.getBody().contains("Enter at least 2 Hangul syllables or 3 Latin letters."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"💥💥💥", "Robert'); DROP TABLE list;--", "<script>alert(1)</script>", "\u0000\u0000abc",
        "ᄀᄀᄀ", "𠀀𠀁", "a\u0301b\u0301c\u0301", "Ri\tSol\nJu", "%00%ff", "ﬁ ﬂ ﬃ", "ＫＩＭ", "ꙮꙮꙮ", "   Lee   ",
        "-----------------------------------------------------------------------------------------ab",
        "김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김김"})
    void oddQueriesAnswer200Or400(String query) {
        APIGatewayV2HTTPResponse response = get(HttpEvents.route(ListLookupHandler.SEARCH).query("q", query));
        assertTrue(response.getStatusCode() == 200 || response.getStatusCode() == 400, query + " → " + response.getStatusCode());
        assertNotNull(json(response));
    }

    @Test
    void eventsWithPartsMissingAreRefusedNotFailed() {
        APIGatewayV2HTTPEvent bare = new APIGatewayV2HTTPEvent();
        assertEquals(404, invoke(handler, bare).getStatusCode());
        APIGatewayV2HTTPEvent noQuery = HttpEvents.route(ListLookupHandler.SEARCH).build();
        noQuery.setQueryStringParameters(null);
        noQuery.setHeaders(null);
        assertEquals(400, invoke(handler, noQuery).getStatusCode());
        APIGatewayV2HTTPEvent noPath = HttpEvents.route(ListLookupHandler.ENTRY).build();
        assertEquals(404, invoke(handler, noPath).getStatusCode());
        for (String lang : List.of("xx", "", "ko-KR-x-whatever", "🙂")) {
            assertEquals(200, get(HttpEvents.route(ListLookupHandler.SEARCH).query("q", "Lee Seol-hwa").query("lang", lang))
                    .getStatusCode(), lang);
        }
    }
}
