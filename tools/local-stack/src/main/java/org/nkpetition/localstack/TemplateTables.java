package org.nkpetition.localstack;

import static org.nkpetition.localstack.SamTemplate.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/** Creates the tables template.yaml defines (keys, indexes, TTL), named by their logical ids. */
public final class TemplateTables {
    private TemplateTables() {
    }

    public static void create(SamTemplate template, DynamoDbClient dynamo) {
        for (SamTemplate.Table table : template.tables()) {
            create(table, dynamo);
        }
    }

    /** Empties every table by deleting and re-creating it (between tests). */
    public static void reset(SamTemplate template, DynamoDbClient dynamo) {
        for (SamTemplate.Table table : template.tables()) {
            dynamo.deleteTable(b -> b.tableName(table.logicalId()));
            create(table, dynamo);
        }
    }

    private static void create(SamTemplate.Table table, DynamoDbClient dynamo) {
        Map<String, Object> properties = table.properties();
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(table.logicalId())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(list(properties.get("AttributeDefinitions")).stream()
                        .map(d -> AttributeDefinition.builder().attributeName(string(d, "AttributeName"))
                                .attributeType(string(d, "AttributeType")).build())
                        .toList())
                .keySchema(keySchema(properties.get("KeySchema")));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (Object index : list(properties.get("GlobalSecondaryIndexes"))) {
            Map<String, Object> projection = map(map(index).get("Projection"));
            Projection.Builder projected = Projection.builder().projectionType(string(projection, "ProjectionType"));
            List<Object> nonKey = list(projection.get("NonKeyAttributes"));
            if (!nonKey.isEmpty()) {
                projected.nonKeyAttributes(nonKey.stream().map(String::valueOf).toList());
            }
            indexes.add(GlobalSecondaryIndex.builder().indexName(string(index, "IndexName"))
                    .keySchema(keySchema(map(index).get("KeySchema"))).projection(projected.build()).build());
        }
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        try {
            dynamo.createTable(request.build());
        } catch (ResourceInUseException alreadyThere) {
            return;
        }
        Map<String, Object> ttl = map(properties.get("TimeToLiveSpecification"));
        if (Boolean.TRUE.equals(ttl.get("Enabled"))) {
            dynamo.updateTimeToLive(b -> b.tableName(table.logicalId())
                    .timeToLiveSpecification(s -> s.attributeName(string(ttl, "AttributeName")).enabled(true)));
        }
    }

    private static List<KeySchemaElement> keySchema(Object schema) {
        return list(schema).stream()
                .map(k -> KeySchemaElement.builder().attributeName(string(k, "AttributeName"))
                        .keyType(string(k, "KeyType")).build())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    private static String string(Object map, String key) {
        return String.valueOf(map(map).get(key));
    }
}
