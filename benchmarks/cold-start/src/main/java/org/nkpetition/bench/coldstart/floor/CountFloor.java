package org.nkpetition.bench.coldstart.floor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nkpetition.bench.coldstart.BenchEnvironment;
import org.nkpetition.bench.coldstart.FirstResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The floor of a first GET /petitions/{petitionId}/count (JSON): the count function's one SDK
 * client, built the same way ({@link FloorClients}), and its calls, as bin/bench-cold-start --trace
 * listed them for CountHandler on 2026-11-30 (keep in step when the product's calls change):
 * <ol>
 *   <li>DynamoDB GetItem: the petition (PetitionsTable);</li>
 *   <li>DynamoDB BatchGetItem: the petition's COUNTER_SHARDS counter shards (SignaturesTable),
 *       repeated for any unprocessed keys;</li>
 * </ol>
 * then a trivial 200. Left out: the product's own work (summing shards, JSON, logging).
 */
public final class CountFloor {
    private static final String PETITION = "stop-forced-repatriation";

    private CountFloor() {
    }

    public static void main(String[] args) {
        Map<String, String> env = BenchEnvironment.load();
        DynamoDbClient dynamo = FloorClients.dynamoDb(env);
        String petitions = BenchEnvironment.require(env, "PETITIONS_TABLE");
        String signatures = BenchEnvironment.require(env, "SIGNATURES_TABLE");
        int shards = Integer.parseInt(env.getOrDefault("COUNTER_SHARDS", "10").trim());

        dynamo.getItem(b -> b.tableName(petitions).key(Map.of("petitionId", AttributeValue.fromS(PETITION)))).item();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            keys.add(Map.of("pk", AttributeValue.fromS("COUNTER#" + PETITION + "#" + shard)));
        }
        Map<String, KeysAndAttributes> request = Map.of(signatures, KeysAndAttributes.builder().keys(keys).build());
        List<Map<String, AttributeValue>> read = new ArrayList<>();
        while (!request.isEmpty()) {
            Map<String, KeysAndAttributes> pending = request;
            BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(pending));
            read.addAll(response.responses().getOrDefault(signatures, List.of()));
            request = response.unprocessedKeys();
        }
        FirstResponse.report(200);
    }
}
