package org.nkpetition.bench.coldstart.floor;

import java.util.Map;
import org.nkpetition.bench.coldstart.BenchEnvironment;
import org.nkpetition.bench.coldstart.FirstResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The floor of a first GET /list?q= (JSON): the list-lookup function's one SDK client, built the same
 * way ({@link FloorClients}), and its calls, as bin/bench-cold-start --trace listed them for
 * ListLookupHandler on 2026-11-30 (keep in step when the product's calls change):
 * <ol>
 *   <li>DynamoDB GetItem (consistent): the published version of THE LIST (ListTable);</li>
 *   <li>DynamoDB Query through the SDK's paginator: every entry of that generation (one partition);</li>
 * </ol>
 * then a trivial 200. Left out: the product's own work (parsing each entry's JSON, building the name
 * index, searching, JSON, logging).
 */
public final class ListLookupFloor {
    private ListLookupFloor() {
    }

    public static void main(String[] args) {
        Map<String, String> env = BenchEnvironment.load();
        DynamoDbClient dynamo = FloorClients.dynamoDb(env);
        String table = BenchEnvironment.require(env, "LIST_TABLE");

        Map<String, AttributeValue> version = dynamo.getItem(b -> b.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("version"), "sk", AttributeValue.fromS("current")))
                .consistentRead(true)).item();
        String generation = version.get("publishedGeneration").s();
        QueryRequest query = QueryRequest.builder().tableName(table).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("entries#" + generation))).build();
        long chars = 0;
        for (Map<String, AttributeValue> item : dynamo.queryPaginator(query).items()) {
            AttributeValue entry = item.get("entry");
            chars += entry == null ? 0 : entry.s().length();
        }
        FirstResponse.report(chars > 0 ? 200 : 404);
    }
}
