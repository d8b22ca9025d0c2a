package org.nkpetition.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nkpetition.signature.SignatureValidation;
import org.nkpetition.signature.SignatureValidator;
import org.nkpetition.text.UnicodeArbitraries;

/**
 * The edge every function shares (HttpFunction, HttpRequest, RequestFields, the validator, the
 * error pages), driven with arbitrary headers, query values and bodies: never a 5xx, never an
 * exception out of the handler, and always a body.
 */
class NoServerErrorPropertyTest {
    /** A function that reads everything a real one reads, then validates a signature. */
    static final class Reader extends HttpFunction {
        @Override
        protected Reply route(HttpRequest request) {
            request.language();
            request.wantsHtml();
            Map<String, String> fields = "optional".equals(request.routeKey())
                    ? RequestFields.parseOptional(request) : RequestFields.parse(request);
            SignatureValidation result = new SignatureValidator().validate(fields, request.language());
            return new Reply(HttpResponses.json(result instanceof SignatureValidation.Valid ? 202 : 400, Map.of()), "ok");
        }
    }

    @Provide
    Arbitrary<APIGatewayV2HTTPEvent> events() {
        Arbitrary<String> text = UnicodeArbitraries.anyText();
        Arbitrary<String> contentType = Arbitraries.oneOf(text, Arbitraries.of("application/json",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", ";", ""));
        Arbitrary<String> accept = Arbitraries.oneOf(text, Arbitraries.of("text/html", "text/html;q=0", "*/*"));
        Arbitrary<String> body = Arbitraries.oneOf(text, Arbitraries.of("{\"name\":\"", "name=%E0%A4%A",
                "{\"name\":{\"a\":1},\"email\":[]}", "--x\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\nabc\r\n--x--",
                "name=%ED%A0%80&email=a%40b.co&country=KR&consent=true"));
        return Combinators.combine(Arbitraries.of("strict", "optional"), contentType, accept, text, body,
                Arbitraries.of(true, false)).as((route, type, acceptValue, language, bodyText, base64) ->
                APIGatewayV2HTTPEvent.builder().withRouteKey(route)
                        .withHeaders(Map.of("content-type", type, "accept", acceptValue, "accept-language", language))
                        .withQueryStringParameters(Map.of("lang", language))
                        .withBody(bodyText).withIsBase64Encoded(base64).build());
    }

    @Property(tries = 2000)
    void neverAServerError(@ForAll("events") APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = new Reader().handleRequest(event, null);
        assertThat(response.getStatusCode()).isBetween(200, 499);
        assertThat(response.getBody()).isNotEmpty();
    }
}
