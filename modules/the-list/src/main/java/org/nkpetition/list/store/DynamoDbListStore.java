package org.nkpetition.list.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.list.entry.EntryFields;
import org.nkpetition.list.entry.EntryJson;
import org.nkpetition.list.entry.ListEntry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * THE LIST in its DynamoDB table (template.yaml: ListTable, keys pk and sk):
 * <ul>
 * <li>{@code pk = "version", sk = "current"}: the published generation ({@code publishedGeneration},
 * {@code publishCount}, {@code contentHash}, {@code entryCount}, {@code publishedAt},
 * {@code previousGeneration}) and any import in progress ({@code pendingGeneration}, {@code pendingSince});</li>
 * <li>{@code pk = "entries#<generation>", sk = <entry id>}: one item per person, the entry as the
 * JSON of the import format in {@code entry}.</li>
 * </ul>
 * A generation lives in one partition, so a reader loads it with one paginated Query and no Scan.
 */
public final class DynamoDbListStore implements ListStore {
    static final String VERSION_PK = "version";
    static final String VERSION_SK = "current";
    static final String ENTRIES_PREFIX = "entries#";
    private static final int BATCH = 25;
    private static final int MAX_BATCH_ATTEMPTS = 8;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbListStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<ListVersion> published() {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(versionKey()).consistentRead(true))
                .item();
        if (item == null || !item.containsKey("publishedGeneration")) {
            return Optional.empty();
        }
        return Optional.of(new ListVersion(item.get("publishedGeneration").s(), Long.parseLong(item.get("publishCount").n()),
                item.get("contentHash").s(), Integer.parseInt(item.get("entryCount").n()),
                Instant.parse(item.get("publishedAt").s()),
                Optional.ofNullable(item.get("previousGeneration")).map(AttributeValue::s).filter(g -> !g.isEmpty())));
    }

    @Override
    public List<ListEntry> entries(String generation) {
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(ENTRIES_PREFIX + generation)))
                .build();
        List<ListEntry> entries = new ArrayList<>();
        for (Map<String, AttributeValue> item : dynamo.queryPaginator(query).items()) {
            AttributeValue json = item.get("entry");
            EntryFields.Result result = EntryJson.read(json == null ? "" : json.s());
            result.entry().ifPresent(entries::add);
        }
        return entries;
    }

    @Override
    public Optional<String> reserve(String generation, Instant now, Instant staleBefore) {
        try {
            Map<String, AttributeValue> old = dynamo.updateItem(b -> b.tableName(table).key(versionKey())
                    .updateExpression("SET pendingGeneration = :g, pendingSince = :now")
                    .conditionExpression("attribute_not_exists(pendingGeneration) OR pendingSince < :stale")
                    .expressionAttributeValues(Map.of(":g", AttributeValue.fromS(generation),
                            ":now", AttributeValue.fromS(now.toString()),
                            ":stale", AttributeValue.fromS(staleBefore.toString())))
                    .returnValues(ReturnValue.UPDATED_OLD)).attributes();
            return Optional.ofNullable(old == null ? null : old.get("pendingGeneration")).map(AttributeValue::s);
        } catch (ConditionalCheckFailedException e) {
            throw new ConcurrentImportException("another import of THE LIST is in progress; run this one again when it has finished");
        }
    }

    @Override
    public void write(String generation, List<ListEntry> entries, Progress progress) {
        List<WriteRequest> requests = new ArrayList<>(entries.size());
        for (ListEntry entry : entries) {
            Map<String, AttributeValue> item = new HashMap<>(entryKey(generation, entry.id()));
            item.put("entry", AttributeValue.fromS(EntryJson.writeString(entry)));
            requests.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        batchWrite(requests, progress);
    }

    @Override
    public ListVersion publish(String generation, String contentHash, int entryCount, Instant now) {
        try {
            Map<String, AttributeValue> published = dynamo.updateItem(b -> b.tableName(table).key(versionKey())
                    .updateExpression("SET publishedGeneration = :g, contentHash = :hash, entryCount = :count, publishedAt = :now, "
                            + "publishCount = if_not_exists(publishCount, :zero) + :one, previousGeneration = :previous "
                            + "REMOVE pendingGeneration, pendingSince")
                    .conditionExpression("pendingGeneration = :g")
                    .expressionAttributeValues(Map.of(":g", AttributeValue.fromS(generation),
                            ":hash", AttributeValue.fromS(contentHash),
                            ":count", AttributeValue.fromN(Integer.toString(entryCount)),
                            ":now", AttributeValue.fromS(now.toString()),
                            ":zero", AttributeValue.fromN("0"), ":one", AttributeValue.fromN("1"),
                            ":previous", AttributeValue.fromS(currentGeneration().orElse(""))))
                    .returnValues(ReturnValue.ALL_NEW)).attributes();
            return new ListVersion(generation, Long.parseLong(published.get("publishCount").n()), contentHash, entryCount, now,
                    Optional.of(published.get("previousGeneration").s()).filter(g -> !g.isEmpty()));
        } catch (ConditionalCheckFailedException e) {
            throw new ConcurrentImportException("another import took over while this one was writing; run it again");
        }
    }

    private Optional<String> currentGeneration() {
        return published().map(ListVersion::generation);
    }

    @Override
    public void release(String generation) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(versionKey())
                    .updateExpression("REMOVE pendingGeneration, pendingSince")
                    .conditionExpression("pendingGeneration = :g")
                    .expressionAttributeValues(Map.of(":g", AttributeValue.fromS(generation))));
        } catch (ConditionalCheckFailedException alreadyTaken) {
            // Another import took over the reservation: it is no longer ours to give up.
        }
    }

    @Override
    public void delete(String generation, Progress progress) {
        QueryRequest keys = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk")
                .projectionExpression("pk, sk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(ENTRIES_PREFIX + generation)))
                .build();
        List<WriteRequest> requests = new ArrayList<>();
        for (Map<String, AttributeValue> key : dynamo.queryPaginator(keys).items()) {
            requests.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build());
        }
        batchWrite(requests, progress);
    }

    /** Writes in batches of 25, retrying what DynamoDB leaves unprocessed (throttling) with backoff. */
    private void batchWrite(List<WriteRequest> requests, Progress progress) {
        int done = 0;
        for (int start = 0; start < requests.size(); start += BATCH) {
            List<WriteRequest> batch = requests.subList(start, Math.min(start + BATCH, requests.size()));
            Map<String, List<WriteRequest>> pending = Map.of(table, batch);
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > MAX_BATCH_ATTEMPTS) {
                    throw new IllegalStateException("DynamoDB kept refusing writes (throttled); try again later");
                }
                if (attempt > 1) {
                    pause(attempt);
                }
                Map<String, List<WriteRequest>> request = pending;
                BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(request));
                pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            }
            done += batch.size();
            progress.advanced(done, requests.size());
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(2_000L, 50L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Map<String, AttributeValue> versionKey() {
        return Map.of("pk", AttributeValue.fromS(VERSION_PK), "sk", AttributeValue.fromS(VERSION_SK));
    }

    private static Map<String, AttributeValue> entryKey(String generation, String id) {
        return Map.of("pk", AttributeValue.fromS(ENTRIES_PREFIX + generation), "sk", AttributeValue.fromS(id));
    }
}
