package org.nkpetition.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;
import org.nkpetition.i18n.Message;

/** The refusal path answers even when everything it leans on throws: never a dropped connection. */
class ErrorPathTest {
    @Test
    void malformedAcceptLanguageIsReadOnTheWayInAndOnTheWayOut() {
        HttpFunction function = new HttpFunction() {
            @Override
            protected Reply route(HttpRequest request) {
                throw new HttpProblem(400, "bad", Message.of("error_validation"));
            }
        };
        for (String header : new String[] {";", ";;;,,,"}) {
            APIGatewayV2HTTPResponse response = function.handleRequest(APIGatewayV2HTTPEvent.builder()
                    .withHeaders(Map.of("accept-language", header)).build(), null);
            assertEquals(400, response.getStatusCode());
        }
    }

    @Test
    void aFailingLanguageChoiceAndAFailingErrorPageStillGiveTheRefusal() {
        HttpFunction function = new HttpFunction() {
            @Override
            protected Reply route(HttpRequest request) {
                throw new HttpProblem(404, "not_found", Message.of("error_not_found"));
            }

            @Override
            protected Language language(HttpRequest request) {
                throw new IllegalStateException("broken");
            }

            @Override
            protected APIGatewayV2HTTPResponse problemPage(HttpRequest request, HttpProblem problem, Language language) {
                throw new IllegalStateException("broken too");
            }
        };
        APIGatewayV2HTTPResponse response = function.handleRequest(APIGatewayV2HTTPEvent.builder()
                .withHeaders(Map.of("accept", "text/html", "accept-language", ";")).build(), null);
        assertEquals(404, response.getStatusCode());
        assertTrue(response.getBody().contains("not_found"), response.getBody());
    }
}
