package org.nkpetition.missions.dynamodb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nkpetition.missions.Jurisdiction;
import org.nkpetition.missions.Mission;
import org.nkpetition.missions.MissionKind;
import org.nkpetition.missions.MissionNames;
import org.nkpetition.missions.MissionStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Missions as items of the petitions table (no new table: a few hundred small items), keyed
 * {@code petitionId = "MISSION#{missionId}"}; petition ids never contain '#', and the petition store skips
 * items without a petition definition. Attributes: kind, country, city, nameEn/Ko/Es, address, jurisdiction (the
 * CSV form), source, verified, active.
 */
public final class DynamoDbMissionStore implements MissionStore {
    static final String PREFIX = "MISSION#";
    private static final int BATCH = 25;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbMissionStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<Mission> list() {
        // A few hundred items in a small table: one filtered scan.
        return dynamo.scanPaginator(b -> b.tableName(table).filterExpression("begins_with(petitionId, :prefix)")
                        .expressionAttributeValues(Map.of(":prefix", AttributeValue.fromS(PREFIX))))
                .items().stream().map(DynamoDbMissionStore::mission)
                .sorted(Comparator.comparing(Mission::id)).toList();
    }

    @Override
    public void replaceAll(List<Mission> missions) {
        Set<String> keep = new HashSet<>();
        List<WriteRequest> writes = new ArrayList<>();
        for (Mission mission : missions) {
            keep.add(mission.id());
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item(mission)).build()).build());
        }
        for (Mission stored : list()) {
            if (!keep.contains(stored.id())) {
                writes.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                        .key(Map.of("petitionId", AttributeValue.fromS(PREFIX + stored.id()))).build()).build());
            }
        }
        for (int from = 0; from < writes.size(); from += BATCH) {
            write(writes.subList(from, Math.min(writes.size(), from + BATCH)));
        }
    }

    private void write(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            pending = dynamo.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
        }
    }

    private static Map<String, AttributeValue> item(Mission m) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("petitionId", AttributeValue.fromS(PREFIX + m.id()));
        item.put("kind", AttributeValue.fromS(m.kind().code()));
        item.put("country", AttributeValue.fromS(m.country()));
        item.put("city", AttributeValue.fromS(m.city()));
        item.put("nameEn", AttributeValue.fromS(m.names().en()));
        item.put("nameKo", AttributeValue.fromS(m.names().ko()));
        item.put("nameEs", AttributeValue.fromS(m.names().es()));
        item.put("address", AttributeValue.fromS(m.address()));
        item.put("jurisdiction", AttributeValue.fromS(m.jurisdiction().code()));
        item.put("source", AttributeValue.fromS(m.source()));
        item.put("verified", AttributeValue.fromBool(m.verified()));
        item.put("active", AttributeValue.fromBool(m.active()));
        return item;
    }

    private static Mission mission(Map<String, AttributeValue> item) {
        String jurisdiction = item.get("jurisdiction").s();
        return new Mission(item.get("petitionId").s().substring(PREFIX.length()),
                MissionKind.fromCode(item.get("kind").s()).orElseThrow(), item.get("country").s(), item.get("city").s(),
                new MissionNames(item.get("nameEn").s(), item.get("nameKo").s(), item.get("nameEs").s()),
                item.get("address").s(),
                jurisdiction.equals(Jurisdiction.REST_OF_COUNTRY_CODE) ? Jurisdiction.rest()
                        : Jurisdiction.of(Set.of(jurisdiction.split(";"))),
                item.get("source").s(), item.get("verified").bool(), item.get("active").bool());
    }
}
