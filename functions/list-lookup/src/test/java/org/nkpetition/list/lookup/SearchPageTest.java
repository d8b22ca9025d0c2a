package org.nkpetition.list.lookup;

import static org.junit.jupiter.api.Assertions.*;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nkpetition.localstack.HttpEvents;

/** THE LIST's search page for browsers, over the demo list: form, results, refusals, languages, escaping. */
class SearchPageTest {
    private static final ListFixture FIXTURE = new ListFixture();
    private static ListLookupHandler handler;

    @BeforeAll
    static void seed() {
        FIXTURE.resetWithDemoList();
        handler = FIXTURE.handler(60);
    }

    private static APIGatewayV2HTTPResponse page(HttpEvents event) {
        APIGatewayV2HTTPResponse response = ListFixture.invoke(handler, event.acceptHtml().build());
        assertTrue(response.getHeaders().get("Content-Type").startsWith("text/html"));
        assertTrue(response.getHeaders().get("Content-Security-Policy").contains("script-src 'self'"));
        return response;
    }

    private static HttpEvents search() {
        return HttpEvents.route(ListLookupHandler.SEARCH);
    }

    @Test
    void aLinkOpensTheEmptyForm() {
        APIGatewayV2HTTPResponse response = page(search().query("lang", "es"));
        assertEquals(200, response.getStatusCode(), "no name yet is not an error on the page");
        String html = response.getBody();
        assertTrue(html.contains("<html lang=\"es\">"));
        assertTrue(html.contains("<h1>Buscar en LA LISTA</h1>"));
        assertTrue(html.contains("<form method=\"get\" action=\"/list\" role=\"search\""));
        assertTrue(html.contains("<option value=\"repatriated\">Repatriado/a por la fuerza a Corea del Norte</option>"));
        assertFalse(html.contains("results-heading"), "no results before a search");
    }

    @Test
    void hangulFindsThePersonAndMarksTheirNamesLanguages() {
        String html = page(search().query("q", "박동철").query("lang", "ko")).getBody();
        assertTrue(html.contains("<h2 id=\"results-heading\">1명을 찾았습니다.</h2>"), html);
        assertTrue(html.contains("<h3 lang=\"ko\">박동철</h3>"));
        assertTrue(html.contains("<span>Pak Tong Chol</span>"), "Latin spellings are read in the page's language");
        assertTrue(html.contains("북한으로 강제송환됨 (2024-11)"));
        assertTrue(html.contains("<dd lang=\"ko\">가상의 예시 항목입니다."), "notes in Korean, marked as such");
        assertTrue(html.contains("value=\"박동철\""), "the query stays in the field");
        assertTrue(html.contains("href=\"?q=%EB%B0%95%EB%8F%99%EC%B2%A0&amp;lang=en\""), "the switcher keeps the search");
    }

    @Test
    void placesAreShownInThePagesLanguageElseInEnglish() {
        String korean = page(search().query("q", "리설화").query("lang", "ko")).getBody();
        assertTrue(korean.contains("지린성 옌지"), korean);
        assertTrue(korean.contains("국경 구금 시설"), "detention place in Korean");
        assertFalse(korean.contains("Yanji, Jilin Province"), "not the English place on a Korean page");
        String spanish = page(search().query("q", "Choe Ryong Nam").query("lang", "es")).getBody();
        assertTrue(spanish.contains("Changbai, Jilin Province"), "no Spanish place: English");
    }

    @Test
    void latinFindsTheSamePersonInSpanish() {
        String html = page(search().query("q", "Park Dong Chol").query("lang", "es")).getBody();
        assertTrue(html.contains("1 persona coincide con esta búsqueda."));
        assertTrue(html.contains("<h3 lang=\"ko\">박동철</h3>"));
        assertTrue(html.contains("Repatriado/a por la fuerza a Corea del Norte"));
    }

    @Test
    void sourcesAreLinksOnlyWhenTheyAreWebAddresses() {
        String html = page(search().query("q", "Choe Ryong Nam")).getBody();
        assertTrue(html.contains("<a href=\"https://example.org/demo/003\" rel=\"noopener noreferrer\">"));
        assertTrue(html.contains("<li>Fictional NGO bulletin</li>"));
        assertTrue(html.contains("<dd lang=\"en\">Fictional demo entry"), "English notes are marked English");
    }

    @Test
    void refusalsAppearNextToTheirFieldWithTheValueKept() {
        APIGatewayV2HTTPResponse response = page(search().query("q", "Ri").query("lang", "ko"));
        assertEquals(400, response.getStatusCode());
        String html = response.getBody();
        assertTrue(html.contains("<a href=\"#q\">이름: 한글 2글자 이상 또는 로마자 3글자 이상을 입력해 주세요.</a>"));
        assertTrue(html.contains("id=\"q-error\""));
        assertTrue(html.contains("value=\"Ri\" maxlength=\"100\" autocomplete=\"off\" spellcheck=\"false\" "
                + "aria-describedby=\"q-hint q-error\" aria-invalid=\"true\""));

        String status = page(search().query("q", "Kim").query("status", "<b>")).getBody();
        assertTrue(status.contains("<a href=\"#status\">"));
        assertTrue(status.contains("aria-invalid=\"true\" aria-describedby=\"status-error\""));
        assertFalse(status.contains("<b>"));
    }

    @Test
    void hostileQueriesComeBackAsText() {
        String hostile = "<img src=x onerror=alert(1)>";
        String html = page(search().query("q", hostile)).getBody();
        assertFalse(html.contains(hostile));
        assertTrue(html.contains("value=\"&lt;img src=x onerror=alert(1)&gt;\""));
    }
}
