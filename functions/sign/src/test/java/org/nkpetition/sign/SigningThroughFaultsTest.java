package org.nkpetition.sign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.*;
import static org.nkpetition.sign.SignFixture.PETITION;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.config.Environment;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.LocalQueuePoller;
import org.nkpetition.localstack.SentEmail;
import org.nkpetition.mail.batches.MailBatch;
import org.nkpetition.mail.batches.MailBatches;
import org.nkpetition.storage.dynamodb.DynamoDbCountStore;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * 500 signers through dependency faults, injected by WireMock in front of moto (issue 11): DynamoDB
 * throttling (ProvisionedThroughputExceeded) and SQS 5xx on the sign path, SES throttling, 5xx,
 * stalls and refusals on the mailer's, transaction conflicts on confirmation; each fault first held
 * (every call fails) and then switched on and off call by call. Every signer who got a 202 ends with
 * exactly one confirmation email, or, for addresses SES refuses, a dead-letter entry with the
 * reason; the count is exact; no request answers 500; every 503 carries Retry-After.
 *
 * <p>Fast by configuration, not by skipping work (docs/PERFORMANCE.md, "Fault test"): SDK backoff
 * from 50 ms instead of 100 ms / 1 s, SES stalls 200 ms longer than the attempt timeout, signers and
 * confirmations 8 at a time, two mailer instances, queues polled without waiting inside moto.
 */
class SigningThroughFaultsTest {
    private static final int SIGNERS = 500;
    /** Signers whose address SES refuses (MessageRejected): 5 of the 500. */
    private static final int REFUSED_EVERY = 100;
    private static final int THREADS = 8;
    private static final int MAILERS = 2;
    private static final String DYNAMO_JSON = "application/x-amz-json-1.0";
    /** SES attempts time out after this; an injected stall lasts a little longer. */
    private static final int SES_ATTEMPT_MILLIS = 1000;
    /** A flickering fault is on this long, then off for {@link #OFF_MILLIS}: SDK retries (50, 100 ms) may or may not outlast it. */
    private static final long ON_MILLIS = 100;
    private static final long OFF_MILLIS = 700;

    private final SignFixture fixture = new SignFixture();
    private final ConcurrentLinkedQueue<APIGatewayV2HTTPResponse> responses = new ConcurrentLinkedQueue<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private WireMockServer wireMock;
    private String moto;
    private SignHandler handler;
    private final List<LocalQueuePoller> mailers = new ArrayList<>();
    private String phases = "(unfinished)";

    @BeforeEach
    void start() {
        fixture.reset();
        moto = fixture.moto.endpoint().toString();
        wireMock = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(40));
        wireMock.start();
        // Everything goes through to moto unless a fault stub (higher priority) answers first.
        wireMock.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(moto)));
        String through = "http://127.0.0.1:" + wireMock.port();
        Map<String, String> signEnv = new HashMap<>(Map.of("SIGNATURES_PER_IP_PER_HOUR", "1000000",
                "AWS_ENDPOINT_URL_DYNAMODB", through, "AWS_ENDPOINT_URL_SQS", through,
                // Attempts allow for eight requests queueing at the serialized moto; backoff in ms.
                "SDK_CALL_TIMEOUT_MS", "5000", "SDK_ATTEMPT_TIMEOUT_MS", "2000", "SDK_RETRY_BASE_DELAY_MS", "50",
                // As deployed (template.yaml): the petition and its count read once per container, not per request.
                "PETITION_CACHE_MILLIS", "5000", "COUNT_CACHE_MILLIS", "1000"));
        handler = new SignHandler(fixture.stack.environment("SignFunction", signEnv));
        Map<String, String> mailerEnv = new HashMap<>(fixture.mailerEnvironment);
        mailerEnv.put("AWS_ENDPOINT_URL_SESV2", through);
        mailerEnv.put("SDK_CALL_TIMEOUT_MS", Integer.toString(SES_ATTEMPT_MILLIS + 200));
        mailerEnv.put("SDK_ATTEMPT_TIMEOUT_MS", Integer.toString(SES_ATTEMPT_MILLIS));
        mailerEnv.put("SDK_RETRY_BASE_DELAY_MS", "50");
        mailerEnv.put("MAIL_RETRY_BASE_SECONDS", "1");
        mailerEnv.put("MAIL_RETRY_MAX_SECONDS", "2");
        mailerEnv.put("MAIL_MAX_ATTEMPTS", "50");
        for (int i = 0; i < MAILERS; i++) {
            MailBatch batch = MailBatches.fromEnvironment(new Environment(mailerEnv));
            mailers.add(fixture.stack.poller("MailQueue", batch::process));
        }
    }

    @AfterEach
    void stop() {
        report();
        pool.shutdownNow();
        wireMock.stop();
    }

    @Test
    void everySignerWhoGot202GetsExactlyOneEmailOrADeadLetterAndIsCountedOnce() throws Exception {
        long started = System.nanoTime();
        refuseSome();

        // 1. DynamoDB throttles every write: the first 40 signers get 503 with Retry-After, never 500.
        StubMapping throttled = fault(dynamo("PutItem").willReturn(throttling()));
        for (APIGatewayV2HTTPResponse response : all(IntStream.range(0, 40), this::sign)) {
            assertEquals(503, response.getStatusCode(), response.getBody());
        }
        wireMock.removeStub(throttled);
        long phase1 = System.nanoTime();

        // 2. Faults on and off, call by call: every other PutItem throttled, every other SendMessage a 500.
        //    Everyone signs (the first 40 again), retrying a 503 as the Retry-After invites.
        List<APIGatewayV2HTTPResponse> signed;
        try (Flicker flicker = new Flicker(dynamo("PutItem").willReturn(throttling()),
                post(anyUrl()).withHeader("X-Amz-Target", equalTo("AmazonSQS.SendMessage")).willReturn(aResponse()
                        .withStatus(500).withHeader("Content-Type", DYNAMO_JSON)
                        .withBody("{\"__type\":\"InternalError\",\"message\":\"internal error\"}")))) {
            signed = all(IntStream.range(0, SIGNERS), i -> untilNot503(() -> sign(i)));
        }
        signed.forEach(response -> assertEquals(202, response.getStatusCode(), response.getBody()));
        long phase2 = System.nanoTime();

        // 3. The mailer through SES faults: throttled, then 500s, then stalls just past the attempt
        //    timeout (before SES takes the email: a timeout after it took one would send it twice,
        //    docs/adr/0040); then throttling on and off while the queue drains.
        StubMapping sesFault = fault(ses().willReturn(sesError(429, "TooManyRequestsException", "Maximum sending rate exceeded.")));
        pollEach(5);
        assertTrue(fixture.moto.sentEmails().isEmpty(), "SES took nothing while throttling");
        wireMock.removeStub(sesFault);
        sesFault = fault(ses().willReturn(sesError(500, "InternalFailure", "Internal failure")));
        pollEach(5);
        wireMock.removeStub(sesFault);
        sesFault = fault(ses().willReturn(aResponse().withStatus(200).withFixedDelay(SES_ATTEMPT_MILLIS + 200)));
        pollEach(1);
        wireMock.removeStub(sesFault);
        assertTrue(fixture.moto.sentEmails().isEmpty(), "nothing sent through the faults");
        int refused = SIGNERS / REFUSED_EVERY;
        List<Message> deadLetters;
        try (Flicker flicker = new Flicker(ses().willReturn(sesError(429, "TooManyRequestsException",
                "Maximum sending rate exceeded.")))) {
            deadLetters = drainUntil(SIGNERS - refused, refused);
        }
        long phase3 = System.nanoTime();

        List<SentEmail> emails = fixture.moto.sentEmails();
        assertEquals(SIGNERS - refused, emails.size(), "exactly one email per signer SES accepts");
        Map<String, Long> perAddress = new HashMap<>();
        emails.forEach(e -> e.to().forEach(to -> perAddress.merge(to, 1L, Long::sum)));
        for (int i = 0; i < SIGNERS; i++) {
            assertEquals(refused(i) ? null : Long.valueOf(1), perAddress.get(address(i)), address(i));
        }
        assertEquals(refused, deadLetters.size(), "every refused address dead-lettered, nothing else");
        for (Message deadLetter : deadLetters) {
            assertTrue(deadLetter.body().contains("refused"), "only refused addresses are dead-lettered");
            assertTrue(deadLetter.messageAttributes().get(MailBatch.REASON).stringValue().contains("MessageRejected"),
                    "the reason is kept: " + deadLetter.messageAttributes().get(MailBatch.REASON).stringValue());
        }

        // 4. Confirmation transactions conflict: held, a 503 with Retry-After; on and off, retried inside.
        StubMapping conflicts = fault(dynamo("TransactWriteItems").willReturn(conflict()));
        APIGatewayV2HTTPResponse busy = confirm(SignFixture.tokenIn(emails.get(0)));
        assertEquals(503, busy.getStatusCode(), busy.getBody());
        wireMock.removeStub(conflicts);
        List<APIGatewayV2HTTPResponse> confirmations;
        try (Flicker flicker = new Flicker(dynamo("TransactWriteItems").willReturn(conflict()))) {
            confirmations = all(IntStream.range(0, emails.size()), i -> untilNot503(() -> confirm(SignFixture.tokenIn(emails.get(i)))));
        }
        confirmations.forEach(confirmed -> assertEquals(200, confirmed.getStatusCode(), confirmed.getBody()));
        long phase4 = System.nanoTime();

        PetitionCount count = new DynamoDbCountStore(fixture.stack.dynamo(), "SignaturesTable", 10).read(PETITION);
        assertEquals(SIGNERS - refused, count.total(), "count exact");
        assertEquals(SIGNERS - refused, count.byCountry().get("KR"), "count by country exact");
        List<Integer> statuses = responses.stream().map(APIGatewayV2HTTPResponse::getStatusCode).toList();
        assertFalse(statuses.contains(500), "no 500 from a dependency fault");
        for (APIGatewayV2HTTPResponse response : responses) {
            if (response.getStatusCode() == 503) {
                assertEquals("2", response.getHeaders().get("Retry-After"), "every 503 says when to retry");
            }
        }
        phases = String.format("held throttling %.1f s, signing with faults on and off %.1f s, mailer through SES faults %.1f s,"
                + " confirming through conflicts %.1f s", seconds(phase1 - started), seconds(phase2 - phase1),
                seconds(phase3 - phase2), seconds(phase4 - phase3));
    }

    /** Runs the task for each index, THREADS at a time; the results in index order. */
    private List<APIGatewayV2HTTPResponse> all(IntStream indexes, IntFunction<APIGatewayV2HTTPResponse> task)
            throws InterruptedException, ExecutionException {
        List<Callable<APIGatewayV2HTTPResponse>> tasks = indexes.<Callable<APIGatewayV2HTTPResponse>>mapToObj(
                i -> () -> task.apply(i)).toList();
        List<APIGatewayV2HTTPResponse> results = new ArrayList<>();
        for (Future<APIGatewayV2HTTPResponse> future : pool.invokeAll(tasks)) {
            results.add(future.get());
        }
        return results;
    }

    /** What a client does with a 503: tries again after a while (the header says 2 s; here the length of a fault). */
    private static APIGatewayV2HTTPResponse untilNot503(java.util.function.Supplier<APIGatewayV2HTTPResponse> request) {
        APIGatewayV2HTTPResponse response = request.get();
        for (int attempt = 1; attempt < 40 && response.getStatusCode() == 503; attempt++) {
            try {
                Thread.sleep(ON_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
            response = request.get();
        }
        return response;
    }

    /** Each mailer instance handles {@code batches} batches, all at once. */
    private void pollEach(int batches) throws InterruptedException, ExecutionException {
        List<Callable<Integer>> polls = new ArrayList<>();
        for (LocalQueuePoller mailer : mailers) {
            polls.add(() -> {
                int received = 0;
                for (int i = 0; i < batches; i++) {
                    received += mailer.poll(Duration.ZERO);
                }
                return received;
            });
        }
        for (Future<Integer> future : pool.invokeAll(polls)) {
            future.get();
        }
    }

    /**
     * The mailers poll (without long polling: moto would hold every other call meanwhile) until SES
     * has taken {@code sent} emails and {@code deadLettered} messages are in the dead-letter queue,
     * or nothing has arrived for 60 empty rounds; returns the dead-lettered messages.
     */
    private List<Message> drainUntil(int sent, int deadLettered) throws InterruptedException, ExecutionException {
        String deadLetterQueue = fixture.stack.queueUrl("MailDeadLetterQueue");
        List<Message> deadLetters = new ArrayList<>();
        int idle = 0;
        while (idle < 60) {
            List<Callable<Integer>> polls = mailers.stream().<Callable<Integer>>map(m -> () -> m.poll(Duration.ZERO)).toList();
            int received = 0;
            for (Future<Integer> future : pool.invokeAll(polls)) {
                received += future.get();
            }
            deadLetters.addAll(fixture.stack.sqs().receiveMessage(b -> b.queueUrl(deadLetterQueue).maxNumberOfMessages(10)
                    .visibilityTimeout(600).messageAttributeNames("All")).messages());
            if (received == 0) {
                if (deadLetters.size() >= deadLettered && fixture.moto.sentEmails().size() >= sent) {
                    break;
                }
                idle++;
                Thread.sleep(250); // messages sent back wait 1-2 s before they are visible again
            }
        }
        return deadLetters;
    }

    /** SES refuses the addresses of {@link #refused} signers, whatever else happens (a permanent failure). */
    private void refuseSome() {
        wireMock.stubFor(ses().withRequestBody(containing("refused")).atPriority(1).willReturn(sesError(400,
                "MessageRejected", "Email address is not verified.")));
    }

    /** A fault held on: every matching call fails until the stub is removed. */
    private StubMapping fault(MappingBuilder stub) {
        return wireMock.stubFor(stub.atPriority(1));
    }

    /**
     * Faults on and off: the stubs are in place for {@link #ON_MILLIS}, gone for {@link #OFF_MILLIS}, and so on
     * until closed, while requests run. A call's SDK retries can outlast a window or not.
     */
    private final class Flicker implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;
        private final List<StubMapping> current = new ArrayList<>();

        Flicker(MappingBuilder... faults) {
            thread = new Thread(() -> {
                while (running) {
                    synchronized (current) {
                        for (MappingBuilder fault : faults) {
                            current.add(fault(fault));
                        }
                    }
                    pause(ON_MILLIS);
                    synchronized (current) {
                        current.forEach(wireMock::removeStub);
                        current.clear();
                    }
                    pause(OFF_MILLIS);
                }
            }, "fault-flicker");
            thread.setDaemon(true);
            thread.start();
        }

        private void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                running = false;
            }
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
            synchronized (current) {
                current.forEach(wireMock::removeStub);
                current.clear();
            }
        }
    }

    private static MappingBuilder dynamo(String operation) {
        return post(anyUrl()).withHeader("X-Amz-Target", equalTo("DynamoDB_20120810." + operation));
    }

    private static MappingBuilder ses() {
        return post(urlPathEqualTo("/v2/email/outbound-emails"));
    }

    private static ResponseDefinitionBuilder throttling() {
        return aResponse().withStatus(400).withHeader("Content-Type", DYNAMO_JSON)
                .withBody("{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
                        + "\"message\":\"The level of configured provisioned throughput for the table was exceeded.\"}");
    }

    private static ResponseDefinitionBuilder conflict() {
        return aResponse().withStatus(400).withHeader("Content-Type", DYNAMO_JSON)
                .withBody("{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                        + "\"message\":\"Transaction cancelled [TransactionConflict, None, None]\","
                        + "\"CancellationReasons\":[{\"Code\":\"TransactionConflict\"},{\"Code\":\"None\"},{\"Code\":\"None\"}]}");
    }

    private static ResponseDefinitionBuilder sesError(int status, String type, String message) {
        return aResponse().withStatus(status).withHeader("x-amzn-ErrorType", type)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"" + message + "\"}");
    }

    private APIGatewayV2HTTPResponse sign(int i) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(HttpEvents.route(SignHandler.SIGN)
                .path("petitionId", PETITION).json(SignFixture.signJson("Signer " + i, address(i), "KR", "en")).build(), null);
        responses.add(response);
        return response;
    }

    private APIGatewayV2HTTPResponse confirm(String token) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(HttpEvents.route(SignHandler.CONFIRM)
                .json("{\"token\":\"" + token + "\"}").build(), null);
        responses.add(response);
        return response;
    }

    private static boolean refused(int i) {
        return i % REFUSED_EVERY == 7;
    }

    private static String address(int i) {
        return (refused(i) ? "refused" : "fault") + i + "@example.org";
    }

    /** Where the time went, for docs/PERFORMANCE.md: phases, responses, and calls through WireMock per operation. */
    private void report() {
        Map<String, long[]> calls = new TreeMap<>();
        for (ServeEvent event : wireMock.getAllServeEvents()) {
            String target = event.getRequest().getHeader("X-Amz-Target");
            String operation = target != null && !target.isEmpty() ? target : event.getRequest().getMethod() + " ses";
            long[] tally = calls.computeIfAbsent(operation, k -> new long[2]);
            tally[0]++;
            tally[1] += event.getTiming() == null || event.getTiming().getTotalTime() == null ? 0 : event.getTiming().getTotalTime();
        }
        Map<Integer, Long> byStatus = new TreeMap<>();
        responses.forEach(r -> byStatus.merge(r.getStatusCode(), 1L, Long::sum));
        System.out.println("fault test: " + phases + "; responses " + byStatus);
        calls.forEach((operation, tally) -> System.out.printf("fault test: %-40s %5d calls %7d ms%n", operation, tally[0], tally[1]));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
