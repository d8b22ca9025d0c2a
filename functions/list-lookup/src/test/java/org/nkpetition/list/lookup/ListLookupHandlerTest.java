package org.nkpetition.list.lookup;

import static org.junit.jupiter.api.Assertions.*;
import static org.nkpetition.list.lookup.ListFixture.invoke;
import static org.nkpetition.list.lookup.ListFixture.json;
import static org.nkpetition.list.lookup.ListFixture.search;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.LocalStack;

/** The function through its handler: sample events from events/, the demo list, moto. */
class ListLookupHandlerTest {
    private final ListFixture fixture = new ListFixture();
    private ListLookupHandler handler;
    @TempDir
    Path dir;

    @BeforeEach
    void reset() {
        fixture.resetWithDemoList();
        handler = fixture.handler(60);
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("results").forEach(result -> ids.add(result.get("id").asText()));
        return ids;
    }

    @Test
    void theEnglishSampleEventFindsTheNorthKoreanSpellingOfASouthKoreanQuery() {
        APIGatewayV2HTTPResponse response = invoke(handler, LocalStack.httpEvent("list-search.json"));
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("no-store", response.getHeaders().get("Cache-Control"));
        JsonNode body = json(response);
        assertEquals("Lee Seol-hwa", body.get("query").asText());
        assertEquals("en", body.get("lang").asText());
        assertEquals(1, body.get("total").asInt());
        JsonNode first = body.get("results").get(0);
        assertEquals("demo-001", first.get("id").asText());
        assertEquals("Lee Seol-hwa", first.get("matchedName").asText());
        assertEquals(List.of("리설화", "Ri Sol Hwa", "Lee Seol-hwa", "李雪花"), toList(first.get("names")));
        assertEquals("refugee", first.get("category").asText());
        assertEquals("Refugee", first.get("categoryLabel").asText());
        assertEquals("detained", first.get("status").asText());
        assertEquals("Detained in China", first.get("statusLabel").asText());
        assertEquals("en", first.get("notesLang").asText());
        assertTrue(first.get("notes").asText().startsWith("Fictional demo entry"));
        assertEquals(1.0, first.get("score").asDouble());
    }

    @Test
    void theKoreanSampleEventAnswersInKorean() {
        JsonNode body = json(invoke(handler, LocalStack.httpEvent("list-search-ko.json")));
        assertEquals("ko", body.get("lang").asText());
        JsonNode first = body.get("results").get(0);
        assertEquals("demo-002", first.get("id").asText());
        assertEquals("박동철", first.get("matchedName").asText());
        assertEquals("탈북 난민", first.get("categoryLabel").asText());
        assertEquals("북한으로 강제송환됨", first.get("statusLabel").asText());
        assertEquals("ko", first.get("notesLang").asText());
        assertTrue(first.get("notes").asText().startsWith("가상의 예시 항목입니다"));
    }

    @Test
    void theSpanishSampleEventFiltersAndFallsBackToEnglishNotes() {
        JsonNode body = json(invoke(handler, LocalStack.httpEvent("list-search-es.json")));
        assertEquals("es", body.get("lang").asText());
        JsonNode first = body.get("results").get(0);
        assertEquals("demo-003", first.get("id").asText());
        assertEquals("Trabajador/a humanitario/a", first.get("categoryLabel").asText());
        assertEquals("Detenido/a en China", first.get("statusLabel").asText());
        assertEquals("en", first.get("notesLang").asText(), "demo-003 has English notes only");
    }

    @Test
    void theEntrySampleEventShowsOneEntryWithItsRomanizations() {
        APIGatewayV2HTTPResponse response = invoke(handler, LocalStack.httpEvent("list-entry.json"));
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("public, max-age=60", response.getHeaders().get("Cache-Control"));
        JsonNode body = json(response);
        assertEquals("demo-003", body.get("id").asText());
        assertEquals("인도주의 활동가", body.get("categoryLabel").asText());
        assertEquals("en", body.get("notesLang").asText());
        JsonNode romanizations = body.get("romanizations").get(0);
        assertEquals("최룡남", romanizations.get("hangul").asText());
        assertEquals("Choe Ryong-nam", romanizations.get("rr").asText());
        assertEquals("Ch'oe Ryong-nam", romanizations.get("mr").asText());
        assertEquals("Choe Ryong Nam", romanizations.get("nk").asText());
        assertFalse(body.has("score"));
    }

    @Test
    void unknownAndUnconsentedEntriesAreNotFoundInTheRequestsLanguage() {
        for (String id : List.of("demo-012", "nobody", "../etc/passwd", "")) {
            APIGatewayV2HTTPResponse response = invoke(handler, HttpEvents.route(ListLookupHandler.ENTRY).path("entryId", id)
                    .query("lang", "es").build());
            assertEquals(404, response.getStatusCode(), id);
            JsonNode error = json(response).get("error");
            assertEquals("entry_not_found", error.get("code").asText());
            assertEquals("No hay ninguna entrada con este identificador en LA LISTA.", error.get("message").asText());
        }
    }

    @Test
    void anEntryWithoutConsentIsNeverSearchable() {
        for (String query : List.of("김은별", "Kim Un Byol", "Kim Eun-byeol")) {
            assertEquals(0, json(invoke(handler, search(query))).get("total").asInt(), query);
        }
    }

    @Test
    void limitAndTotal() {
        JsonNode all = json(invoke(handler, HttpEvents.route(ListLookupHandler.SEARCH).query("q", "Kim").build()));
        JsonNode one = json(invoke(handler, HttpEvents.route(ListLookupHandler.SEARCH).query("q", "Lee").query("limit", "1").build()));
        assertEquals(0, all.get("total").asInt(), "the only Kim (demo-012) has no consent");
        assertEquals(1, one.get("results").size());
        assertTrue(one.get("total").asInt() >= 1);
        JsonNode children = json(invoke(handler, HttpEvents.route(ListLookupHandler.SEARCH).query("q", "Ryu Jong Hyok")
                .query("category", "child").build()));
        assertEquals(List.of("demo-006"), ids(children));
        JsonNode adults = json(invoke(handler, HttpEvents.route(ListLookupHandler.SEARCH).query("q", "Ryu Jong Hyok")
                .query("category", "refugee").build()));
        assertEquals(List.of(), ids(adults));
    }

    @Test
    void aNewImportIsNoticedWithoutARedeploy() throws IOException {
        ListLookupHandler checking = fixture.handler(0);
        assertEquals(0, json(invoke(checking, search("Moon Sung-min"))).get("total").asInt());
        assertEquals(0, json(invoke(handler, search("Moon Sung-min"))).get("total").asInt());
        Path update = Files.writeString(dir.resolve("update.csv"),
                "id,names,category,status,consent\nnew-1,문성민;Mun Song Min,refugee,detained,true\n", StandardCharsets.UTF_8);
        fixture.importFile(update, false);
        JsonNode found = json(invoke(checking, search("Moon Sung-min")));
        assertEquals(List.of("new-1"), ids(found));
        assertEquals(1, json(invoke(checking, search("Lee Seol-hwa"))).get("total").asInt(), "the rest of the list stays");

        // A handler that checks every 60 s still serves the list it loaded until then.
        assertEquals(0, json(invoke(handler, search("Moon Sung-min"))).get("total").asInt());
    }

    /**
     * primeNow lets a failing priming through; the stack's contents must not change; and the list the
     * handler then searches is the one priming loaded (the table is emptied before the search, and a
     * handler that checks every 60 s does not read it again).
     */
    @Test
    void priming_loadsTheListWithoutChangingIt() {
        ListLookupHandler fresh = fixture.handler(60);
        org.nkpetition.localstack.LocalStack.Contents before = fixture.stack.contents();
        java.util.List<String> calls = org.nkpetition.aws.SdkCalls.during(() -> fresh.priming.primeNow());
        assertFalse(calls.isEmpty(), "priming read something (the SDK calls are recorded)");
        assertEquals(java.util.List.of(), org.nkpetition.aws.SdkCalls.writes(calls), "priming only reads: " + calls);
        assertEquals(before, fixture.stack.contents(), "priming wrote nothing");

        fixture.stack.reset();
        assertEquals(1, json(invoke(fresh, search("Pak Tong Chol"))).get("total").asInt(), "searched what priming loaded");
    }

    private static List<String> toList(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    @Test
    void anEmptyTableAnswersWithNoResultsNotAnError() {
        fixture.stack.reset();
        APIGatewayV2HTTPEvent event = search("Lee Seol-hwa");
        APIGatewayV2HTTPResponse response = invoke(fixture.handler(60), event);
        assertEquals(200, response.getStatusCode());
        assertEquals(0, json(response).get("total").asInt());
    }
}
