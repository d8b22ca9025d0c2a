package org.nkpetition.deliveries.dynamodb;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.deliveries.Delivery;
import org.nkpetition.deliveries.DeliveryStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Deliveries as items of the petitions table, keyed
 * {@code petitionId = "DELIVERY#{petitionId}#{date}#{missionId}"} (petition and mission ids never contain '#').
 * Attributes: forPetition, date, missionId, localTime (HH:MM), meetingPoint, coordinatorEmail, coordinatorLanguage
 * (absent on items written before it existed: the packet's language).
 */
public final class DynamoDbDeliveryStore implements DeliveryStore {
    static final String PREFIX = "DELIVERY#";
    private static final int BATCH = 25;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbDeliveryStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<Delivery> list(String petitionId) {
        return scan(PREFIX + petitionId + "#");
    }

    @Override
    public List<Delivery> listAll() {
        return scan(PREFIX);
    }

    private List<Delivery> scan(String prefix) {
        return dynamo.scanPaginator(b -> b.tableName(table).filterExpression("begins_with(petitionId, :prefix)")
                        .expressionAttributeValues(Map.of(":prefix", AttributeValue.fromS(prefix))))
                .items().stream().map(DynamoDbDeliveryStore::delivery)
                .sorted(Comparator.comparing(Delivery::petitionId).thenComparing(Delivery::date).thenComparing(Delivery::missionId))
                .toList();
    }

    @Override
    public void putAll(List<Delivery> deliveries) {
        List<WriteRequest> writes = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item(delivery)).build()).build());
        }
        for (int from = 0; from < writes.size(); from += BATCH) {
            Map<String, List<WriteRequest>> pending = Map.of(table, writes.subList(from, Math.min(writes.size(), from + BATCH)));
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                pending = dynamo.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
            }
        }
    }

    @Override
    public int remove(String petitionId, LocalDate date, Optional<String> missionId) {
        int removed = 0;
        for (Delivery delivery : list(petitionId)) {
            if (delivery.date().equals(date) && missionId.map(delivery.missionId()::equals).orElse(true)) {
                dynamo.deleteItem(b -> b.tableName(table).key(Map.of("petitionId", AttributeValue.fromS(key(delivery)))));
                removed++;
            }
        }
        return removed;
    }

    private static String key(Delivery d) {
        return PREFIX + d.petitionId() + "#" + d.date() + "#" + d.missionId();
    }

    private static Map<String, AttributeValue> item(Delivery d) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("petitionId", AttributeValue.fromS(key(d)));
        item.put("forPetition", AttributeValue.fromS(d.petitionId()));
        item.put("date", AttributeValue.fromS(d.date().toString()));
        item.put("missionId", AttributeValue.fromS(d.missionId()));
        item.put("localTime", AttributeValue.fromS(d.localTime().toString()));
        item.put("meetingPoint", AttributeValue.fromS(d.meetingPoint()));
        item.put("coordinatorEmail", AttributeValue.fromS(d.coordinatorEmail()));
        item.put("coordinatorLanguage", AttributeValue.fromS(d.coordinatorLanguage()));
        return item;
    }

    private static Delivery delivery(Map<String, AttributeValue> item) {
        return new Delivery(item.get("forPetition").s(), LocalDate.parse(item.get("date").s()), item.get("missionId").s(),
                LocalTime.parse(item.get("localTime").s()), item.get("meetingPoint").s(), item.get("coordinatorEmail").s(),
                item.containsKey("coordinatorLanguage") ? item.get("coordinatorLanguage").s() : "");
    }
}
