package org.nkpetition.sign;

import static org.junit.jupiter.api.Assertions.*;
import static org.nkpetition.sign.SignFixture.PETITION;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.SentEmail;
import org.nkpetition.storage.dynamodb.DynamoDbCountStore;

/** Duplicates and double confirmations never double-count, however they race. */
class ConcurrencyTest {
    private final SignFixture fixture = new SignFixture();

    @BeforeEach
    void reset() {
        fixture.reset();
    }

    @Test
    void fiftyThreadsSigningTheSameAddressMakeOneSignature() throws Exception {
        List<APIGatewayV2HTTPResponse> responses = allAtOnce(50, i -> fixture.invoke(HttpEvents.route(SignHandler.SIGN)
                .path("petitionId", PETITION).json(SignFixture.signJson("Same Person", "same@example.org", "JP", "en"))
                .build()));
        responses.forEach(r -> assertEquals(202, r.getStatusCode(), r.getBody()));
        assertEquals(1, fixture.items("SIGNATURE#").size());
        int emails = fixture.emailsTo("same@example.org").size();
        assertTrue(emails >= 1 && emails <= 5, "confirmations stay within the per-signature bound: " + emails);
    }

    @Test
    void fiftyThreadsConfirmingTheSameTokenCountItOnce() throws Exception {
        fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json(SignFixture.signJson("Racer", "racer@example.org", "BR", "es")).build());
        String token = SignFixture.tokenIn(fixture.emailsTo("racer@example.org").get(0));

        List<APIGatewayV2HTTPResponse> responses = allAtOnce(50, i -> fixture.invoke(HttpEvents.route(SignHandler.CONFIRM)
                .json("{\"token\":\"" + token + "\"}").build()));
        responses.forEach(r -> assertEquals(200, r.getStatusCode(), r.getBody()));
        PetitionCount count = count();
        assertEquals(1, count.total());
        assertEquals(Map.of("BR", 1L), count.byCountry());
    }

    /**
     * 200 signers from 16 threads by default (every request queues in the one serialized moto, so
     * the time is moto's: about 0.2 s a signer here); {@code -Dsign.concurrency.signers=1000} for a
     * longer run.
     */
    @Test
    void hundredsOfSignersOverTwentyCountriesAreCountedExactly() throws Exception {
        String[] countries = {"KR", "US", "JP", "DE", "FR", "GB", "CA", "AU", "BR", "MX",
            "AR", "CL", "ES", "IT", "NL", "SE", "NO", "PL", "TW", "PH"};
        int signers = Integer.getInteger("sign.concurrency.signers", 200);
        all(signers, i -> fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json(SignFixture.signJson("Signer " + i, "signer" + i + "@example.org", countries[i % countries.length], "en"))
                .build()));
        List<SentEmail> emails = fixture.sentEmails();
        assertEquals(signers, emails.size());

        // Confirm all but every eleventh signer (those left pending), some of them twice.
        Map<String, Long> expected = new HashMap<>();
        List<String> tokens = new ArrayList<>();
        for (SentEmail email : emails) {
            int i = Integer.parseInt(email.to().get(0).replaceAll("\\D", ""));
            if (i % 11 != 0) {
                tokens.add(SignFixture.tokenIn(email));
                expected.merge(countries[i % countries.length], 1L, Long::sum);
                if (i % 7 == 0) {
                    tokens.add(SignFixture.tokenIn(email));
                }
            }
        }
        all(tokens.size(), i -> fixture.invoke(HttpEvents.route(SignHandler.CONFIRM)
                .json("{\"token\":\"" + tokens.get(i) + "\"}").build()));

        PetitionCount count = count();
        long confirmed = fixture.items("SIGNATURE#").stream()
                .filter(item -> item.get("status").s().equals("confirmed")).count();
        assertEquals(signers - (signers + 10) / 11, confirmed, "multiples of 11 (0 included) stay pending");
        assertEquals(confirmed, count.total());
        assertEquals(expected, count.byCountry());
        assertEquals(20, count.byCountry().size());
    }

    private PetitionCount count() {
        return new DynamoDbCountStore(fixture.stack.dynamo(), "SignaturesTable", 10).read(PETITION);
    }

    interface Task<T> {
        T run(int index) throws Exception;
    }

    /**
     * Runs {@code count} tasks on {@code count} distinct threads, all started and waiting at one gate
     * before any is let through: all of them in flight at once (the requests then queue in moto,
     * which serializes them, exactly as DynamoDB serializes writes to one item).
     */
    private static <T> List<T> allAtOnce(int count, Task<T> task) throws Exception {
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<T> results = run(count, count, count, index -> {
            threads.add(Thread.currentThread().getName());
            return task.run(index);
        });
        assertEquals(count, threads.size(), "each task ran on its own thread");
        return results;
    }

    /** Runs the tasks from 16 threads released together (a load, not a race of all at once), and returns their results. */
    private static <T> List<T> all(int count, Task<T> task) throws Exception {
        return run(count, 16, Math.min(count, 16), task);
    }

    /** {@code count} tasks on a pool of {@code threads}; released once {@code waiting} of them wait at the gate. */
    private static <T> List<T> run(int count, int threads, int waiting, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch ready = new CountDownLatch(waiting);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<T> call = () -> {
                    ready.countDown();
                    start.await();
                    return task.run(index);
                };
                futures.add(pool.submit(call));
            }
            assertTrue(ready.await(30, java.util.concurrent.TimeUnit.SECONDS),
                    "only " + (waiting - ready.getCount()) + " of " + waiting + " tasks were waiting at the gate together");
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
