package org.nkpetition.storage.dynamodb;

import static org.nkpetition.storage.dynamodb.SignatureTableKeys.COUNTRY_PREFIX;
import static org.nkpetition.storage.dynamodb.SignatureTableKeys.MISSION_PREFIX;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.count.CountStore;
import org.nkpetition.count.PetitionCount;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** Sums a petition's counter shards (one BatchGetItem; shards are written by the confirmation transaction). */
public final class DynamoDbCountStore implements CountStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final int counterShards;

    public DynamoDbCountStore(DynamoDbClient dynamo, String table, int counterShards) {
        this.dynamo = dynamo;
        this.table = table;
        this.counterShards = counterShards;
    }

    @Override
    public PetitionCount read(String petitionId) {
        long total = 0;
        Map<String, Long> byCountry = new HashMap<>();
        Map<String, Long> byMission = new HashMap<>();
        Instant updatedAt = null;
        for (Map<String, AttributeValue> shard : readShards(petitionId)) {
            for (Map.Entry<String, AttributeValue> attribute : shard.entrySet()) {
                String name = attribute.getKey();
                if (name.equals("total")) {
                    total += Long.parseLong(attribute.getValue().n());
                } else if (name.startsWith(COUNTRY_PREFIX)) {
                    byCountry.merge(name.substring(COUNTRY_PREFIX.length()), Long.parseLong(attribute.getValue().n()),
                            Long::sum);
                } else if (name.startsWith(MISSION_PREFIX)) {
                    byMission.merge(name.substring(MISSION_PREFIX.length()), Long.parseLong(attribute.getValue().n()),
                            Long::sum);
                } else if (name.equals("updatedAt")) {
                    Instant shardUpdate = Instant.parse(attribute.getValue().s());
                    updatedAt = updatedAt == null || shardUpdate.isAfter(updatedAt) ? shardUpdate : updatedAt;
                }
            }
        }
        byCountry.values().removeIf(count -> count == 0);
        byMission.values().removeIf(count -> count == 0);
        return new PetitionCount(petitionId, total, byCountry, Optional.ofNullable(updatedAt), byMission);
    }

    @Override
    public void adjust(String petitionId, long totalDelta, Map<String, Long> countryDeltas, Map<String, Long> missionDeltas) {
        UpdateExpression change = new UpdateExpression().add("total", Attributes.n(totalDelta))
                .set("updatedAt", Attributes.s(Instant.now().toString()));
        countryDeltas.forEach((country, delta) -> change.add(COUNTRY_PREFIX + country, Attributes.n(delta)));
        missionDeltas.forEach((mission, delta) -> change.add(MISSION_PREFIX + mission, Attributes.n(delta)));
        // Shard 0 absorbs corrections; every shard is only ever added to, so concurrent confirmations stay exact.
        dynamo.updateItem(b -> b.tableName(table).key(SignatureTableKeys.counterShard(petitionId, 0))
                .updateExpression(change.expression())
                .expressionAttributeNames(change.names())
                .expressionAttributeValues(change.values()));
    }

    private List<Map<String, AttributeValue>> readShards(String petitionId) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int shard = 0; shard < counterShards; shard++) {
            keys.add(SignatureTableKeys.counterShard(petitionId, shard));
        }
        List<Map<String, AttributeValue>> shards = new ArrayList<>();
        // BatchGetItem takes at most 100 keys, and may hand some back unprocessed under load.
        for (int from = 0; from < keys.size(); from += 100) {
            Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder()
                    .keys(keys.subList(from, Math.min(from + 100, keys.size()))).build());
            while (!request.isEmpty()) {
                Map<String, KeysAndAttributes> pending = request;
                BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(pending));
                shards.addAll(response.responses().getOrDefault(table, List.of()));
                request = response.unprocessedKeys();
            }
        }
        return shards;
    }
}
