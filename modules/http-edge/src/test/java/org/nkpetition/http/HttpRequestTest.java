package org.nkpetition.http;

import static org.junit.jupiter.api.Assertions.*;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;

class HttpRequestTest {
    private static APIGatewayV2HTTPEvent event(Map<String, String> headers, String body, boolean base64) {
        return APIGatewayV2HTTPEvent.builder().withHeaders(headers).withBody(body).withIsBase64Encoded(base64)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withDomainName("api.example.org")
                        .withStage("$default").build())
                .build();
    }

    @Test
    void linksUseTheApisDomainNeverTheClientsHostHeader() {
        HttpRequest request = new HttpRequest(event(Map.of("Host", "evil.example"), null, false));
        assertEquals("https://api.example.org", request.baseUrl(Optional.empty()));
        assertEquals("https://petition.example.org", request.baseUrl(Optional.of("https://petition.example.org")));
    }

    @Test
    void headersAreCaseInsensitiveAndLanguageFallsBackToEnglish() {
        HttpRequest request = new HttpRequest(event(Map.of("Content-Type", "Application/JSON; charset=utf-8",
                "Accept-Language", "de"), null, false));
        assertEquals("application/json", request.mediaType());
        assertEquals(Language.EN, request.language());
    }

    @Test
    void badBase64IsAClientError() {
        HttpRequest request = new HttpRequest(event(Map.of(), "%%%not base64%%%", true));
        HttpProblem problem = assertThrows(HttpProblem.class, request::bodyBytes);
        assertEquals(400, problem.status());
    }

    @Test
    void formFieldsDecodeAndTheLastRepeatWins() {
        HttpRequest request = new HttpRequest(event(Map.of("content-type", "application/x-www-form-urlencoded"),
                "name=%EA%B9%80+%EB%AF%BC%EC%A7%80&updates=false&updates=true&empty=&flag", false));
        Map<String, String> fields = RequestFields.parse(request);
        assertEquals("김 민지", fields.get("name"));
        assertEquals("true", fields.get("updates"));
        assertEquals("", fields.get("empty"));
        assertEquals("", fields.get("flag"));
        HttpRequest broken = new HttpRequest(event(Map.of("content-type", "application/x-www-form-urlencoded"),
                "name=%E0%A4%A&x=%ZZ", false));
        assertEquals(400, assertThrows(HttpProblem.class, () -> RequestFields.parse(broken)).status());
    }
}
