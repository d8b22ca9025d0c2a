package org.nkpetition.devserver;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.nkpetition.http.UrlEncoded;

/** Turns a local HTTP request into the payload-2.0 event API Gateway's HTTP API would send. */
final class ApiGatewayEvents {
    /** API Gateway's own limit; the functions refuse far smaller bodies themselves. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private ApiGatewayEvents() {
    }

    static APIGatewayV2HTTPEvent from(HttpExchange exchange, Route route, Map<String, String> pathParameters, int port)
            throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        byte[] body = readBody(exchange.getRequestBody());
        String contentType = headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        // API Gateway passes text bodies as they are and base64-encodes the rest (form posts included).
        boolean text = contentType.startsWith("application/json") || contentType.startsWith("text/");
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);

        APIGatewayV2HTTPEvent.RequestContext.Http http = APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod(method)
                .withPath(exchange.getRequestURI().getRawPath())
                .withProtocol(exchange.getProtocol())
                .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
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
                .withRawPath(exchange.getRequestURI().getRawPath())
                .withRawQueryString(rawQuery == null ? "" : rawQuery)
                .withHeaders(headers)
                .withQueryStringParameters(query(rawQuery))
                .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                .withRequestContext(context)
                .withBody(body.length == 0 ? null
                        : text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body))
                .withIsBase64Encoded(body.length > 0 && !text)
                .build();
    }

    /** Like API Gateway: repeated parameters are joined with commas; null when there are none. */
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

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new IOException("Request body over API Gateway's 10 MB limit");
        }
        return body;
    }
}
