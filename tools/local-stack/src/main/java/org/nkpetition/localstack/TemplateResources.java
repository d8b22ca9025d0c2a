package org.nkpetition.localstack;

import static org.nkpetition.localstack.SamTemplate.map;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nkpetition.config.LocalDevelopment;
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
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates on an emulator what template.yaml defines, so nothing local is declared twice: DynamoDB
 * tables (keys, indexes, TTL) named by their logical ids, S3 buckets named
 * {@link SamTemplate#localBucketName}, SQS queues named by their logical ids (with their visibility
 * timeout and redrive policy), and Secrets Manager secrets named by their logical ids with the local
 * value {@link LocalDevelopment#secretValue} (shaped like CloudFormation's generated secret:
 * {@code {"key": value}} when the template asks for a GenerateStringKey), so functions read their
 * secrets the way they do in AWS. Creating what already exists is a no-op.
 */
public final class TemplateResources {
    private final SamTemplate template;
    private final DynamoDbClient dynamo;
    private final S3Client s3;
    private final SecretsManagerClient secrets;
    private final SqsClient sqs;
    private final URI endpoint;

    public TemplateResources(SamTemplate template, URI endpoint) {
        this.template = template;
        this.endpoint = endpoint;
        this.dynamo = EmulatorClients.configure(DynamoDbClient.builder(), endpoint).build();
        this.s3 = EmulatorClients.configure(S3Client.builder(), endpoint).forcePathStyle(true).build();
        this.secrets = EmulatorClients.configure(SecretsManagerClient.builder(), endpoint).build();
        this.sqs = EmulatorClients.configure(SqsClient.builder(), endpoint).build();
    }

    public SqsClient sqs() {
        return sqs;
    }

    /** A template queue's URL on this emulator. */
    public String queueUrl(String logicalId) {
        return SamTemplate.localQueueUrl(endpoint.toString(), logicalId);
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
        for (SamTemplate.Resource secret : template.resourcesOfType("AWS::SecretsManager::Secret")) {
            String value = LocalDevelopment.secretValue(secret.logicalId());
            Object field = map(secret.properties().get("GenerateSecretString")).get("GenerateStringKey");
            String secretString = field == null ? value : "{\"" + field + "\":\"" + value + "\"}";
            try {
                secrets.createSecret(b -> b.name(secret.logicalId()).secretString(secretString));
            } catch (ResourceExistsException alreadyThere) {
                // created earlier in this emulator's life
            }
        }
        // Every queue first, then their attributes: a redrive policy names a queue that must exist.
        for (SamTemplate.Resource queue : template.queues()) {
            sqs.createQueue(b -> b.queueName(queue.logicalId()));
        }
        for (SamTemplate.Resource queue : template.queues()) {
            Map<QueueAttributeName, String> attributes = queueAttributes(queue.properties());
            if (!attributes.isEmpty()) {
                sqs.setQueueAttributes(b -> b.queueUrl(queueUrl(queue.logicalId())).attributes(attributes));
            }
        }
    }

    /**
     * The attributes the local queue needs to behave like the deployed one: visibility timeout and
     * redrive policy (!GetAtt X.Arn giving the local ARN). Retention is left at moto's default.
     */
    private static Map<QueueAttributeName, String> queueAttributes(Map<String, Object> properties) {
        Map<QueueAttributeName, String> attributes = new java.util.EnumMap<>(QueueAttributeName.class);
        if (properties.get("VisibilityTimeout") instanceof Number seconds) {
            attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, seconds.toString());
        }
        Map<String, Object> redrive = map(properties.get("RedrivePolicy"));
        if (redrive.get("deadLetterTargetArn") instanceof Intrinsic target && "GetAtt".equals(target.function())) {
            String queue = String.valueOf(target.argument()).split("\\.", 2)[0];
            attributes.put(QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + SamTemplate.localQueueArn(queue)
                    + "\",\"maxReceiveCount\":\"" + redrive.get("maxReceiveCount") + "\"}");
        }
        return attributes;
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
