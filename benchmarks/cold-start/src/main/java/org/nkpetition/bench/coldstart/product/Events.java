package org.nkpetition.bench.coldstart.product;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The API Gateway (HTTP API, payload 2.0) events of the three measured requests, built by hand with
 * the event classes the function jars ship, so that no test library (and no JSON reader) is loaded.
 */
final class Events {
    static final String PETITION = "stop-forced-repatriation";

    private Events() {
    }

    /**
     * POST /petitions/{petitionId}/signatures as a browser's form post: a fresh address each run (a new
     * signature, not a re-send) and a random 10.x.y.z source address (the per-IP limit, 120 an hour
     * by default, is never what answers). JP has one mission, so no region is asked.
     */
    static APIGatewayV2HTTPEvent signForm() {
        String form = "name=Bench+Mark&email=bench-" + UUID.randomUUID() + "%40example.org&country=JP&consent=true&lang=en";
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String ip = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        return request("POST /petitions/{petitionId}/signatures", "/petitions/" + PETITION + "/signatures",
                Map.of("petitionId", PETITION), Map.of(),
                Map.of("content-type", "application/x-www-form-urlencoded", "accept", "text/html,application/xhtml+xml"),
                ip)
                .withBody(Base64.getEncoder().encodeToString(form.getBytes(StandardCharsets.UTF_8)))
                .withIsBase64Encoded(true)
                .build();
    }

    /** GET /petitions/{petitionId}/count, asking for JSON. */
    static APIGatewayV2HTTPEvent count() {
        return request("GET /petitions/{petitionId}/count", "/petitions/" + PETITION + "/count",
                Map.of("petitionId", PETITION), Map.of(), Map.of("accept", "application/json"), "10.0.0.1").build();
    }

    /** GET /list?q=Park Dong-cheol (a passport spelling of demo-002 in the seeded demo list), asking for JSON. */
    static APIGatewayV2HTTPEvent listSearch() {
        return request("GET /list", "/list", Map.of(), Map.of("q", "Park Dong-cheol"),
                Map.of("accept", "application/json"), "10.0.0.1").build();
    }

    private static APIGatewayV2HTTPEvent.APIGatewayV2HTTPEventBuilder request(String routeKey, String path,
            Map<String, String> pathParameters, Map<String, String> query, Map<String, String> headers, String sourceIp) {
        String method = routeKey.substring(0, routeKey.indexOf(' '));
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(routeKey)
                .withRawPath(path)
                .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withHeaders(headers)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withDomainName("localhost:3000")
                        .withRequestId("bench-" + UUID.randomUUID())
                        .withRouteKey(routeKey)
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method).withPath(path).withProtocol("HTTP/1.1").withSourceIp(sourceIp)
                                .withUserAgent("bench-cold-start").build())
                        .build());
    }
}
