package org.nkpetition.localstack;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Builds API Gateway HTTP API (payload 2.0) events for tests, as API Gateway would send them. */
public final class HttpEvents {
    public static final String DOMAIN = "abc123.execute-api.eu-west-1.amazonaws.com";

    private final String routeKey;
    private final Map<String, String> headers = new HashMap<>();
    private final Map<String, String> pathParameters = new HashMap<>();
    private final Map<String, String> query = new HashMap<>();
    private String body;
    private boolean base64;

    private HttpEvents(String routeKey) {
        this.routeKey = routeKey;
    }

    /** An event for a route key such as "POST /petitions/{petitionId}/signatures". */
    public static HttpEvents route(String routeKey) {
        return new HttpEvents(routeKey);
    }

    public HttpEvents path(String name, String value) {
        pathParameters.put(name, value);
        return this;
    }

    public HttpEvents query(String name, String value) {
        query.put(name, value);
        return this;
    }

    public HttpEvents header(String name, String value) {
        headers.put(name.toLowerCase(java.util.Locale.ROOT), value);
        return this;
    }

    public HttpEvents json(String json) {
        header("content-type", "application/json");
        body = json;
        base64 = false;
        return this;
    }

    /** A form post, base64-encoded as API Gateway delivers it. */
    public HttpEvents form(String urlEncoded) {
        header("content-type", "application/x-www-form-urlencoded");
        return rawBase64(urlEncoded.getBytes(StandardCharsets.UTF_8));
    }

    public HttpEvents rawBase64(byte[] bytes) {
        body = Base64.getEncoder().encodeToString(bytes);
        base64 = true;
        return this;
    }

    public HttpEvents rawText(String text) {
        body = text;
        base64 = false;
        return this;
    }

    public HttpEvents acceptHtml() {
        return header("accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    }

    public APIGatewayV2HTTPEvent build() {
        String[] methodAndPath = routeKey.split(" ", 2);
        String path = methodAndPath.length > 1 ? methodAndPath[1] : "/";
        for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        Map<String, String> allHeaders = new HashMap<>(headers);
        allHeaders.putIfAbsent("host", DOMAIN);
        APIGatewayV2HTTPEvent.RequestContext context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRequestId(UUID.randomUUID().toString())
                .withDomainName(DOMAIN)
                .withStage("$default")
                .withRouteKey(routeKey)
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(methodAndPath[0]).withPath(path)
                        .withSourceIp("203.0.113.99").withProtocol("HTTP/1.1").withUserAgent("test").build())
                .build();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(routeKey)
                .withRawPath(path)
                .withHeaders(allHeaders)
                .withPathParameters(pathParameters.isEmpty() ? null : new HashMap<>(pathParameters))
                .withQueryStringParameters(query.isEmpty() ? null : new HashMap<>(query))
                .withRequestContext(context)
                .withBody(body)
                .withIsBase64Encoded(base64)
                .build();
    }
}
