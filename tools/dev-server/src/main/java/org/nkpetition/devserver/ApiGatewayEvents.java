package org.nkpetition.devserver;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.nkpetition.http.UrlEncoded;

/** Turns a local HTTP request into the payload-2.0 event API Gateway's HTTP API would send. */
final class ApiGatewayEvents {
    /** API Gateway's own limit; the functions refuse far smaller bodies themselves. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    /**
     * A request as the HTTP server received it.
     *
     * @param method   upper-case method the route matched (GET for a HEAD request)
     * @param rawPath  path in percent-encoded form ({@link RequestTarget#encode})
     * @param rawQuery query in percent-encoded form, "" when there is none
     * @param headers  lower-case names; repeated headers joined with commas, as API Gateway does
     * @param body     the body bytes, empty when there is none
     * @param protocol "HTTP/1.1"
     * @param sourceIp the client's address
     */
    record Incoming(String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body,
            String protocol, String sourceIp) {
    }

    private ApiGatewayEvents() {
    }

    static APIGatewayV2HTTPEvent from(Incoming request, Route route, Map<String, String> pathParameters, int port) {
        Map<String, String> headers = request.headers();
        byte[] body = request.body();
        String contentType = headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        // API Gateway passes text bodies as they are and base64-encodes the rest (form posts included).
        boolean text = contentType.startsWith("application/json") || contentType.startsWith("text/");

        APIGatewayV2HTTPEvent.RequestContext.Http http = APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod(request.method())
                .withPath(request.rawPath())
                .withProtocol(request.protocol())
                .withSourceIp(request.sourceIp())
                .withUserAgent(headers.getOrDefault("user-agent", ""))
                .build();
        APIGatewayV2HTTPEvent.RequestContext context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRequestId(UUID.randomUUID().toString())
                .withDomainName("localhost:" + port)
                .withStage("$default")
                .withRouteKey(route.routeKey())
                .withHttp(http)
                .withTimeEpoch(Instant.now().toEpochMilli())
                .build();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(route.routeKey())
                .withRawPath(request.rawPath())
                .withRawQueryString(request.rawQuery())
                .withHeaders(headers)
                .withQueryStringParameters(query(request.rawQuery()))
                .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                .withRequestContext(context)
                .withBody(body.length == 0 ? null
                        : text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body))
                .withIsBase64Encoded(body.length > 0 && !text)
                .build();
    }

    /** Like API Gateway: decoded, repeated parameters joined with commas; null when there are none. */
    private static Map<String, String> query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        try {
            return UrlEncoded.parse(rawQuery, (a, b) -> a + "," + b);
        } catch (IllegalArgumentException malformed) {
            // The functions see no parameters rather than half-decoded ones.
            return null;
        }
    }
}
