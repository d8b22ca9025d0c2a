package org.nkpetition.localstack;

import static org.nkpetition.localstack.SamTemplate.map;

import java.net.URI;
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
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * Creates on an emulator what template.yaml defines, so nothing local is declared twice: DynamoDB
 * tables (keys, indexes, TTL) named by their logical ids, and S3 buckets named
 * {@link SamTemplate#localBucketName}. Creating what already exists is a no-op.
 */
public final class TemplateResources {
    private final SamTemplate template;
    private final DynamoDbClient dynamo;
    private final S3Client s3;

    public TemplateResources(SamTemplate template, URI endpoint) {
        this.template = template;
        this.dynamo = EmulatorClients.configure(DynamoDbClient.builder(), endpoint).build();
        this.s3 = EmulatorClients.configure(S3Client.builder(), endpoint).forcePathStyle(true).build();
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public S3Client s3() {
        return s3;
    }

    public void create() {
        for (SamTemplate.Resource table : template.tables()) {
            create(table, table.logicalId(), dynamo, false);
        }
        for (String bucket : template.bucketNames()) {
            try {
                s3.createBucket(b -> b.bucket(bucket));
            } catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException alreadyThere) {
                // created earlier in this emulator's life
            }
        }
    }

    /**
     * Creates the template's table {@code logicalId} under another name on any DynamoDB endpoint
     * (moto, LocalStack, a test account) and waits until it is active: for adapter tests that make
     * their own uniquely named tables and delete them afterwards.
     *
     * @throws IllegalArgumentException when the template has no such table
     */
    public static void createTable(SamTemplate template, String logicalId, String tableName, DynamoDbClient dynamo) {
        SamTemplate.Resource table = template.tables().stream().filter(t -> t.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table " + logicalId + " in template.yaml"));
        create(table, tableName, dynamo, true);
    }

    private static void create(SamTemplate.Resource table, String tableName, DynamoDbClient dynamo, boolean waitActive) {
        Map<String, Object> properties = table.properties();
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
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
        if (waitActive) {
            // A real table is CREATING for a while and refuses UpdateTimeToLive until it is ACTIVE.
            dynamo.waiter().waitUntilTableExists(b -> b.tableName(tableName));
        }
        Map<String, Object> ttl = map(properties.get("TimeToLiveSpecification"));
        if (Boolean.TRUE.equals(ttl.get("Enabled"))) {
            dynamo.updateTimeToLive(b -> b.tableName(tableName)
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
