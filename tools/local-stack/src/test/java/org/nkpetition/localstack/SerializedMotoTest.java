package org.nkpetition.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The local emulator keeps DynamoDB's guarantees under concurrency, which the product's exactly-once
 * counting relies on: stock moto_server does not (400 racing transactions gave a counter of 33-38
 * instead of 20); the serialized server with item-level rollback must be exact.
 */
class SerializedMotoTest {
    private static final String TABLE = "SerializedMotoTest";
    private static DynamoDbClient dynamo;

    @BeforeAll
    static void table() {
        MotoServer moto = MotoServer.shared();
        // No SDK retries: every attempt's outcome is counted as it happened.
        dynamo = EmulatorClients.configure(DynamoDbClient.builder(), moto.endpoint())
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
        try {
            dynamo.deleteTable(b -> b.tableName(TABLE));
        } catch (RuntimeException absent) {
            // first run
        }
        dynamo.createTable(b -> b.tableName(TABLE).billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("pk").attributeType("S"))
                .keySchema(k -> k.attributeName("pk").keyType("HASH")));
    }

    @Test
    void racingTransactionsConfirmEachPendingItemExactlyOnce() throws Exception {
        for (int i = 0; i < 20; i++) {
            put("SIG#" + i, "pending");
        }
        put("COUNTER", "-");
        AtomicInteger succeeded = new AtomicInteger();
        race(400, i -> {
            try {
                dynamo.transactWriteItems(b -> b.transactItems(
                        TransactWriteItem.builder().update(u -> u.tableName(TABLE).key(key("SIG#" + (i % 20)))
                                .updateExpression("SET st = :c").conditionExpression("st = :p")
                                .expressionAttributeValues(Map.of(":c", s("confirmed"), ":p", s("pending")))).build(),
                        TransactWriteItem.builder().update(u -> u.tableName(TABLE).key(key("COUNTER"))
                                .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", n(1)))).build()));
                succeeded.incrementAndGet();
            } catch (TransactionCanceledException expected) {
                // lost the race
            }
        });
        assertEquals(20, succeeded.get());
        assertEquals("20", dynamo.getItem(b -> b.tableName(TABLE).key(key("COUNTER"))).item().get("n").n());
    }

    @Test
    void aCancelledTransactionChangesNothing() {
        put("A", "before");
        put("B", "locked");
        assertThrows(TransactionCanceledException.class, () -> dynamo.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().update(u -> u.tableName(TABLE).key(key("A"))
                        .updateExpression("SET st = :x").expressionAttributeValues(Map.of(":x", s("after")))).build(),
                TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(Map.of("pk", s("NEW"), "st", s("x")))).build(),
                TransactWriteItem.builder().conditionCheck(c -> c.tableName(TABLE).key(key("B"))
                        .conditionExpression("st = :open").expressionAttributeValues(Map.of(":open", s("open")))).build())));
        assertEquals("before", dynamo.getItem(b -> b.tableName(TABLE).key(key("A"))).item().get("st").s());
        assertFalse(dynamo.getItem(b -> b.tableName(TABLE).key(key("NEW"))).hasItem());
    }

    @Test
    void racingConditionalPutsHaveOneWinner() throws Exception {
        AtomicInteger winners = new AtomicInteger();
        race(200, i -> {
            try {
                dynamo.putItem(b -> b.tableName(TABLE).item(Map.of("pk", s("ONCE"), "by", n(i)))
                        .conditionExpression("attribute_not_exists(pk)"));
                winners.incrementAndGet();
            } catch (ConditionalCheckFailedException expected) {
                // someone else was first
            }
        });
        assertEquals(1, winners.get());
        assertNull(dynamo.getItem(b -> b.tableName(TABLE).key(key("NOBODY"))).item().get("pk"));
    }

    /**
     * moto waits for messages inside a long-poll request; behind the lock that stopped every other
     * request for the whole wait (a mailer polling an empty queue held the stack most of the time).
     * Here a write made while a 5-second receive waits on an empty queue completes before it, and a
     * message sent meanwhile ends the wait with that message.
     */
    @Test
    void aLongPollOnAnEmptyQueueDoesNotHoldUpOtherRequests() throws Exception {
        MotoServer moto = MotoServer.shared();
        try (SqsClient sqs = EmulatorClients.configure(SqsClient.builder(), moto.endpoint()).build()) {
            String queue = sqs.createQueue(b -> b.queueName("SerializedMotoTestQueue")).queueUrl();
            sqs.purgeQueue(b -> b.queueUrl(queue));
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<List<Message>> waiting = pool.submit(() -> sqs.receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(5)).messages());
                Thread.sleep(200); // let the receive begin waiting (if it has not, the test proves less, never fails wrongly)
                put("DURING-POLL", "written");
                assertFalse(waiting.isDone(), "the write had to wait for the long poll to end");
                sqs.sendMessage(b -> b.queueUrl(queue).messageBody("hello"));
                List<Message> received = waiting.get();
                assertEquals(List.of("hello"), received.stream().map(Message::body).toList());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    interface Attempt {
        void run(int index) throws Exception;
    }

    /** All attempts start together from 32 threads. */
    private static void race(int attempts, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    attempt.run(index);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void put(String pk, String status) {
        dynamo.putItem(b -> b.tableName(TABLE).item(Map.of("pk", s(pk), "st", s(status))));
    }

    private static Map<String, AttributeValue> key(String pk) {
        return Map.of("pk", s(pk));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(int value) {
        return AttributeValue.fromN(Integer.toString(value));
    }
}
