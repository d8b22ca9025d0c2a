package org.nkpetition.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nkpetition.domain.Language;
import org.nkpetition.text.UnicodeArbitraries;

/** Every header reader is total: garbage in, an answer out, never an exception. */
class HeaderPropertyTest {
    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(UnicodeArbitraries.anyText(),
                Arbitraries.strings().withChars(";,=q.0123456789-*/ \"\t".toCharArray()).ofMaxLength(40),
                Arbitraries.of(";", ";;;,,,", ",", "q=", ";q=1", "ko;q=NaN", "en;q=Infinity", "es;q=1e400",
                        "ko;q=-1", "*;q=0.5", "text/html;q=0", "multipart/form-data; boundary=", "/", "a/b/c",
                        "text/html;;;", "\u0000", "ko-KR;q=0.9,,,;", "\uD800"));
    }

    @Property(tries = 2000)
    void acceptLanguage(@ForAll("garbage") String header) {
        Language.fromAcceptLanguage(header);
        Language.fromCode(header);
    }

    @Property(tries = 2000)
    void acceptAndContentType(@ForAll("garbage") String header) {
        assertThat(HeaderValues.mediaType(header)).isNotNull();
        HeaderValues.accepts(header, "text/html");
        HeaderValues.parameter(header, "boundary");
        HeaderValues.parameter(header, "charset");
    }

    @Property(tries = 2000)
    void requestAccessors(@ForAll("garbage") String value, @ForAll("garbage") String name) {
        Map<String, String> headers = new HashMap<>();
        for (String header : new String[] {"accept-language", "Accept", "content-type", name}) {
            headers.put(header, value);
        }
        HttpRequest request = new HttpRequest(APIGatewayV2HTTPEvent.builder().withHeaders(headers)
                .withQueryStringParameters(Map.of("lang", value, "q", value)).build());
        assertThat(request.language()).isNotNull();
        request.wantsHtml();
        request.mediaType();
        request.contentTypeParameter("boundary");
        request.query("q").ifPresent(q -> assertThat(org.nkpetition.text.UnicodeText.hasUnpairedSurrogate(q)).isFalse());
    }

    @Property(tries = 1000)
    void multipartBodies(@ForAll("garbage") String body, @ForAll("garbage") String boundary) {
        MultipartForm.parse(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), boundary);
    }
}
