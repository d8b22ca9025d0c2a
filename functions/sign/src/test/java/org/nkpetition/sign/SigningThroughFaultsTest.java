package org.nkpetition.sign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.*;
import static org.nkpetition.sign.SignFixture.PETITION;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.config.Environment;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.LocalQueuePoller;
import org.nkpetition.localstack.SentEmail;
import org.nkpetition.mailqueue.MailBatches;
import org.nkpetition.storage.dynamodb.DynamoDbCountStore;

/**
 * Signers through dependency faults, injected by WireMock in front of moto: DynamoDB throttling
 * (ProvisionedThroughputExceeded) and transaction conflicts on the sign function's path; SES
 * throttling, 5xx and timeouts on the mailer's. Every signer who got a 202 ends with exactly one
 * confirmation email, the count is exact, and no request answers 500.
 */
class SigningThroughFaultsTest {
    private static final int SIGNERS = 60;
    private static final String DYNAMO_JSON = "application/x-amz-json-1.0";
    private final SignFixture fixture = new SignFixture();
    private WireMockServer wireMock;
    private SignHandler handler;
    private LocalQueuePoller mailer;
    private final List<Integer> statuses = new ArrayList<>();

    @BeforeEach
    void start() {
        fixture.reset();
        wireMock = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        wireMock.start();
        // Everything goes through to moto unless a fault stub (higher priority) answers first.
        wireMock.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(fixture.moto.endpoint().toString())));
        String through = "http://127.0.0.1:" + wireMock.port();
        Map<String, String> signEnv = new HashMap<>(Map.of("SIGNATURES_PER_IP_PER_HOUR", "1000000",
                "AWS_ENDPOINT_URL_DYNAMODB", through, "AWS_ENDPOINT_URL_SQS", through,
                "SDK_CALL_TIMEOUT_MS", "5000", "SDK_ATTEMPT_TIMEOUT_MS", "2000"));
        handler = new SignHandler(fixture.stack.environment("SignFunction", signEnv));
        Map<String, String> mailerEnv = new HashMap<>(fixture.mailerEnvironment);
        mailerEnv.put("AWS_ENDPOINT_URL_SESV2", through);
        mailerEnv.put("SDK_CALL_TIMEOUT_MS", "1500");
        mailerEnv.put("SDK_ATTEMPT_TIMEOUT_MS", "500");
        mailerEnv.put("MAIL_RETRY_BASE_SECONDS", "1");
        mailerEnv.put("MAIL_MAX_ATTEMPTS", "50");
        mailer = fixture.stack.poller("MailQueue", MailBatches.fromEnvironment(new Environment(mailerEnv))::process);
    }

    @AfterEach
    void stop() {
        wireMock.stop();
    }

    @Test
    void everySignerWhoGot202GetsExactlyOneEmailAndIsCountedOnceThroughEveryFault() {
        // 1. DynamoDB throttles every write: signing answers 503 with Retry-After, never 500.
        StubMapping throttled = fault(dynamo("PutItem").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", DYNAMO_JSON)
                .withBody("{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
                        + "\"message\":\"The level of configured provisioned throughput for the table was exceeded.\"}")));
        for (int i = 0; i < SIGNERS / 3; i++) {
            APIGatewayV2HTTPResponse response = sign(i);
            assertEquals(503, response.getStatusCode(), response.getBody());
            assertEquals("2", response.getHeaders().get("Retry-After"));
        }
        wireMock.removeStub(throttled);

        // 2. SES throttles, then fails with 500, then hangs; meanwhile everyone signs (the first third retrying).
        StubMapping sesThrottled = fault(ses().willReturn(aResponse().withStatus(429)
                .withHeader("x-amzn-ErrorType", "TooManyRequestsException").withBody("{\"message\":\"Maximum sending rate exceeded.\"}")));
        for (int i = 0; i < SIGNERS; i++) {
            assertEquals(202, sign(i).getStatusCode());
        }
        mailer.drain();
        assertTrue(fixture.moto.sentEmails().isEmpty(), "SES took nothing");
        wireMock.removeStub(sesThrottled);
        StubMapping sesDown = fault(ses().willReturn(aResponse().withStatus(500)
                .withHeader("x-amzn-ErrorType", "InternalFailure").withBody("{\"message\":\"Internal failure\"}")));
        pollFor(Duration.ofSeconds(3));
        wireMock.removeStub(sesDown);
        // A stall before SES takes the email (a timeout after it took one would send it twice: docs/adr/0040).
        StubMapping sesHangs = fault(ses().willReturn(aResponse().withStatus(200).withFixedDelay(2_000)));
        pollFor(Duration.ofSeconds(3));
        wireMock.removeStub(sesHangs);
        assertTrue(fixture.moto.sentEmails().size() <= SIGNERS, "nothing twice so far");

        // 3. SES is back: every queued email goes out.
        for (int polls = 0; polls < 120 && fixture.moto.sentEmails().size() < SIGNERS; polls++) {
            mailer.poll(Duration.ofSeconds(1));
        }
        List<SentEmail> emails = fixture.moto.sentEmails();
        assertEquals(SIGNERS, emails.size(), "exactly one email per signer");
        for (int i = 0; i < SIGNERS; i++) {
            String address = address(i);
            assertEquals(1, emails.stream().filter(e -> e.to().contains(address)).count(), address);
        }

        // 4. Confirmation transactions conflict: 503, then they pass; each signer counted once.
        StubMapping conflicts = fault(dynamo("TransactWriteItems").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", DYNAMO_JSON)
                .withBody("{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                        + "\"message\":\"Transaction cancelled [TransactionConflict, None, None]\","
                        + "\"CancellationReasons\":[{\"Code\":\"TransactionConflict\"},{\"Code\":\"None\"},{\"Code\":\"None\"}]}")));
        String firstToken = SignFixture.tokenIn(emails.get(0));
        APIGatewayV2HTTPResponse busy = confirm(firstToken);
        assertEquals(503, busy.getStatusCode(), busy.getBody());
        assertNotNull(busy.getHeaders().get("Retry-After"));
        wireMock.removeStub(conflicts);
        for (SentEmail email : emails) {
            assertEquals(200, confirm(SignFixture.tokenIn(email)).getStatusCode());
        }

        PetitionCount count = new DynamoDbCountStore(fixture.stack.dynamo(), "SignaturesTable", 10).read(PETITION);
        assertEquals(SIGNERS, count.total(), "count exact");
        assertFalse(statuses.contains(500), "no 500 from a dependency fault: " + statuses);
    }

    private void pollFor(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            mailer.poll(Duration.ofSeconds(1));
        }
    }

    private StubMapping fault(MappingBuilder stub) {
        return wireMock.stubFor(stub.atPriority(1));
    }

    private static MappingBuilder dynamo(String operation) {
        return post(anyUrl()).withHeader("X-Amz-Target", equalTo("DynamoDB_20120810." + operation));
    }

    private static MappingBuilder ses() {
        return post(urlPathEqualTo("/v2/email/outbound-emails"));
    }

    private APIGatewayV2HTTPResponse sign(int i) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(HttpEvents.route(SignHandler.SIGN)
                .path("petitionId", PETITION).json(SignFixture.signJson("Signer " + i, address(i), "KR", "en")).build(), null);
        statuses.add(response.getStatusCode());
        return response;
    }

    private APIGatewayV2HTTPResponse confirm(String token) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(HttpEvents.route(SignHandler.CONFIRM)
                .json("{\"token\":\"" + token + "\"}").build(), null);
        statuses.add(response.getStatusCode());
        return response;
    }

    private static String address(int i) {
        return "fault" + i + "@example.org";
    }
}
