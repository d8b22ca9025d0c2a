package org.nkpetition.report.routes;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.config.Environment;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.LocalStack;
import org.nkpetition.report.ReportFixture;
import org.nkpetition.report.ledger.dynamodb.DynamoDbReportLedger;
import org.nkpetition.report.request.Cutoff;
import org.nkpetition.report.request.ReportJob;
import org.nkpetition.signature.DisplayName;

/**
 * The admin route: its refusals, the sample event, and the hand-over to the worker (a signed asynchronous
 * Lambda invoke; here a recording queue, or a stand-in Lambda endpoint). The worker's side of a job is
 * tested in modules/reports; here it runs only to show that what the route hands over is a job it can run.
 */
class ReportRequestHandlerTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReportFixture fixture = new ReportFixture();
    private final List<ReportJob> queued = new ArrayList<>();

    @BeforeEach
    void reset() {
        fixture.reset();
        fixture.signer("박지훈", "jihoon@example.org", "KR", "Incheon", null, DisplayName.FULL, Instant.parse("2026-09-01T00:00:00Z"));
    }

    @Test
    void theSampleAdminEventQueuesAJobTheWorkerRuns() throws IOException {
        APIGatewayV2HTTPResponse response = post(api(NOW), LocalStack.httpEvent("delivery-report-request.json"));
        assertEquals(202, response.getStatusCode(), response.getBody());
        JsonNode body = JSON.readTree(response.getBody());
        assertEquals("accepted", body.get("status").asText());
        assertEquals("2026-09-24T00:00:00Z", body.get("cutoff").asText());
        assertEquals(1, queued.size());
        assertTrue(fixture.reportFiles(ReportFixture.SEPTEMBER_DELIVERY).isEmpty(), "the worker writes, not the route");

        Map<String, Object> done = fixture.worker(NOW).handle(queued.get(0).toEvent());
        assertEquals("emailed", ((Map<?, ?>) ((List<?>) done.get("reports")).get(0)).get("outcome"));
        assertFalse(fixture.reportFiles(ReportFixture.SEPTEMBER_DELIVERY).isEmpty());
    }

    @Test
    void anEmptyBodyReportsUpToNow() throws IOException {
        APIGatewayV2HTTPResponse response = post(api(Instant.parse("2026-11-23T09:00:00.750Z")), request(null));
        assertEquals(202, response.getStatusCode(), response.getBody());
        assertEquals("2026-11-23T09:00:00Z", JSON.readTree(response.getBody()).get("cutoff").asText(), "whole seconds");
        assertEquals(Cutoff.parse("2026-11-23T09:00:00Z").orElseThrow(), queued.get(0).cutoff());
    }

    @Test
    void refusesWhatItCannotDoWithClearFourHundreds() throws IOException {
        ReportRequestHandler api = api(NOW);
        APIGatewayV2HTTPResponse unknown = post(api, HttpEvents.route("POST /admin/petitions/{petitionId}/reports")
                .path("petitionId", "no-such-petition").json("{}").build());
        assertEquals(404, unknown.getStatusCode());

        APIGatewayV2HTTPResponse garbled = post(api, request("{\"cutoff\":\"24/09/2026\"}"));
        assertEquals(400, garbled.getStatusCode());
        assertTrue(JSON.readTree(garbled.getBody()).at("/error/fields/cutoff").asText().contains("ISO-8601"));

        APIGatewayV2HTTPResponse future = post(api, request("{\"cutoff\":\"2027-01-01T00:00:00Z\"}"));
        assertEquals(400, future.getStatusCode());
        assertTrue(JSON.readTree(future.getBody()).at("/error/fields/cutoff").asText().contains("future"));

        APIGatewayV2HTTPResponse badOptions = post(api, request("{\"lang\":\"fr\",\"force\":\"maybe\"}"));
        assertEquals(400, badOptions.getStatusCode());
        JsonNode fields = JSON.readTree(badOptions.getBody()).at("/error/fields");
        assertTrue(fields.has("lang") && fields.has("force"));

        APIGatewayV2HTTPEvent text = request(null);
        text.setHeaders(Map.of("content-type", "text/plain"));
        text.setBody("cutoff=now");
        assertEquals(415, post(api, text).getStatusCode());
        assertTrue(fixture.reportFiles(ReportFixture.SEPTEMBER_DELIVERY).isEmpty(), "refusals change nothing");
        assertEquals(0, fixture.emails().size());
        assertEquals(List.of(), queued, "nothing handed to the worker");
    }

    @Test
    void aReportBeingGeneratedIsNotStartedTwice() {
        Cutoff cutoff = Cutoff.of(ReportFixture.SEPTEMBER_DELIVERY);
        DynamoDbReportLedger ledger = new DynamoDbReportLedger(fixture.stack.dynamo(), "SignaturesTable");
        assertTrue(ledger.lease(ReportFixture.PETITION, cutoff, NOW, NOW.plusSeconds(600)));
        APIGatewayV2HTTPResponse response = post(api(NOW), request("{\"cutoff\":\"2026-09-24T00:00:00Z\"}"));
        assertEquals(409, response.getStatusCode());
        assertTrue(response.getBody().contains("report_in_progress"));
        assertEquals(List.of(), queued);

        // A lease left by a run that died expires, and the next request proceeds.
        APIGatewayV2HTTPResponse later = post(api(NOW.plusSeconds(601)), request("{\"cutoff\":\"2026-09-24T00:00:00Z\"}"));
        assertEquals(202, later.getStatusCode(), later.getBody());
    }

    @Test
    void inAwsTheJobGoesToTheWorkerAsASignedAsynchronousInvoke() throws IOException {
        Map<String, String> seen = new ConcurrentHashMap<>();
        HttpServer lambda = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        lambda.createContext("/", exchange -> {
            seen.put("path", exchange.getRequestURI().getPath());
            seen.put("invocationType", exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type"));
            seen.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
            seen.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        lambda.start();
        try {
            Map<String, String> env = new HashMap<>(fixture.stack.environment("DeliveryReportApiFunction", fixture.extra));
            env.put("REPORT_WORKER_FUNCTION", "petition-DeliveryReportFunction-abc");
            env.put("AWS_ENDPOINT_URL_LAMBDA", "http://127.0.0.1:" + lambda.getAddress().getPort());
            ReportRequestHandler api = new ReportRequestHandler(new Environment(env), Clock.fixed(NOW, ZoneOffset.UTC));

            APIGatewayV2HTTPResponse response = post(api, request("{\"cutoff\":\"2026-09-24T09:00:00+09:00\",\"force\":true}"));

            assertEquals(202, response.getStatusCode(), response.getBody());
            JsonNode body = JSON.readTree(response.getBody());
            assertEquals("accepted", body.get("status").asText());
            assertEquals("s3://" + ReportFixture.BUCKET + "/reports/stop-forced-repatriation/20260924T000000Z/",
                    body.get("location").asText());
            assertEquals("/2015-03-31/functions/petition-DeliveryReportFunction-abc/invocations", seen.get("path"));
            assertEquals("Event", seen.get("invocationType"));
            assertTrue(seen.get("authorization").startsWith("AWS4-HMAC-SHA256 Credential="), "signed with SigV4");
            JsonNode job = JSON.readTree(seen.get("body"));
            assertEquals("stop-forced-repatriation", job.get("petitionId").asText());
            assertEquals("2026-09-24T00:00:00Z", job.get("cutoff").asText());
            assertTrue(job.get("force").asBoolean());
            assertTrue(fixture.reportFiles(ReportFixture.SEPTEMBER_DELIVERY).isEmpty(), "the worker writes, not the route");

            // The worker, given that job, produces the report (and emails even though nobody had it yet).
            @SuppressWarnings("unchecked")
            Map<String, Object> done = fixture.worker(NOW).handle(JSON.convertValue(job, Map.class));
            assertEquals("emailed", ((Map<?, ?>) ((java.util.List<?>) done.get("reports")).get(0)).get("outcome"));
            assertFalse(fixture.reportFiles(ReportFixture.SEPTEMBER_DELIVERY).isEmpty());
        } finally {
            lambda.stop(0);
        }
    }

    /** The route as AWS builds it, but with a recording worker queue and the time fixed at {@code now}. */
    private ReportRequestHandler api(Instant now) {
        return new ReportRequestHandler(fixture.environment("DeliveryReportApiFunction"), Clock.fixed(now, ZoneOffset.UTC),
                queued::add);
    }

    private static APIGatewayV2HTTPResponse post(ReportRequestHandler handler, APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    private static APIGatewayV2HTTPEvent request(String json) {
        HttpEvents event = HttpEvents.route("POST /admin/petitions/{petitionId}/reports").path("petitionId", ReportFixture.PETITION);
        return json == null ? event.build() : event.json(json).build();
    }
}
