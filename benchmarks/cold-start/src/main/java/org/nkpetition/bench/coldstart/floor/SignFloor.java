package org.nkpetition.bench.coldstart.floor;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nkpetition.bench.coldstart.BenchEnvironment;
import org.nkpetition.bench.coldstart.FirstResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The floor of a first sign (a browser's form post): the SDK clients the sign function builds, built
 * the same way ({@link FloorClients}), and the SDK calls it makes for a new signature, in its order,
 * with requests of the same shape and size, then a trivial 202. The calls, as bin/bench-cold-start
 * --trace listed them for SignHandler on 2026-11-30 (keep in step when the product's calls change):
 * <ol>
 *   <li>Secrets Manager GetSecretValue (the signer hash key, read at construction);</li>
 *   <li>DynamoDB GetItem: the petition (PetitionsTable);</li>
 *   <li>DynamoDB Scan (paginated): the missions ({@code MISSION#} prefix), to place the signer;</li>
 *   <li>DynamoDB UpdateItem: the per-IP rate limit counter (conditional ADD);</li>
 *   <li>DynamoDB PutItem: the pending signature (conditional), then PutItem: its link token;</li>
 *   <li>DynamoDB Scan (paginated): the petition's deliveries ({@code DELIVERY#<petition>#});</li>
 *   <li>SQS SendMessage: the confirmation email for the mailer.</li>
 * </ol>
 * What it leaves out is the product's own work: parsing and validating the form, hashing, the
 * domain, the page templates, JSON, logging.
 */
public final class SignFloor {
    private static final String PETITION = "stop-forced-repatriation";

    private SignFloor() {
    }

    public static void main(String[] args) {
        Map<String, String> env = BenchEnvironment.load();
        DynamoDbClient dynamo = FloorClients.dynamoDb(env);
        SqsClient sqs = FloorClients.sqs(env);
        SecretsManagerClient secrets = FloorClients.secretsManager(env);
        String secretArn = BenchEnvironment.require(env, "SIGNER_HASH_KEY_SECRET_ARN");
        String petitions = BenchEnvironment.require(env, "PETITIONS_TABLE");
        String signatures = BenchEnvironment.require(env, "SIGNATURES_TABLE");
        String queueUrl = BenchEnvironment.require(env, "MAIL_QUEUE_URL");
        String key = secrets.getSecretValue(b -> b.secretId(secretArn)).secretString();

        dynamo.getItem(b -> b.tableName(petitions).key(Map.of("petitionId", s(PETITION)))).item();
        scan(dynamo, petitions, "MISSION#");
        String signerKey = "c-" + UUID.randomUUID() + key.length();
        long now = Instant.now().getEpochSecond();
        long expires = now + 7 * 86_400;
        dynamo.updateItem(b -> b.tableName(signatures).key(Map.of("pk", s("RATE#" + UUID.randomUUID())))
                .updateExpression("ADD hits :one SET expiresAt = :expires")
                .conditionExpression("attribute_not_exists(hits) OR hits < :limit")
                .expressionAttributeValues(Map.of(":one", n(1), ":expires", n(now + 3600), ":limit", n(120))));
        Map<String, AttributeValue> signature = new HashMap<>();
        signature.put("pk", s("SIGNATURE#" + PETITION + "#" + signerKey));
        signature.put("type", s("signature"));
        signature.put("petitionId", s(PETITION));
        signature.put("signerKey", s(signerKey));
        signature.put("status", s("pending"));
        signature.put("name", s("Bench Mark"));
        signature.put("country", s("JP"));
        signature.put("missionId", s("jp-tokyo"));
        signature.put("lang", s("en"));
        signature.put("displayName", s("initials"));
        signature.put("updates", AttributeValue.fromBool(false));
        signature.put("createdAt", s(Instant.now().toString()));
        signature.put("expiresAt", n(expires));
        signature.put("emailsSent", n(0));
        dynamo.putItem(b -> b.tableName(signatures).item(signature)
                .conditionExpression("attribute_not_exists(pk) OR (#status = :pending AND expiresAt < :now)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":pending", s("pending"), ":now", n(now))));
        String tokenId = UUID.randomUUID().toString();
        Map<String, AttributeValue> token = new HashMap<>();
        token.put("pk", s("TOKEN#" + tokenId));
        token.put("type", s("token"));
        token.put("verifierHash", s(UUID.randomUUID().toString()));
        token.put("petitionId", s(PETITION));
        token.put("signerKey", s(signerKey));
        token.put("lang", s("en"));
        token.put("expiresAt", n(expires));
        token.put("signedAt", s(Instant.now().toString()));
        dynamo.putItem(b -> b.tableName(signatures).item(token));
        scan(dynamo, petitions, "DELIVERY#" + PETITION + "#");
        // The product's message, field for field (the confirmation's fields; the mailer renders the email).
        String message = "{\"v\":1,\"kind\":\"confirmation\",\"petitionId\":\"" + PETITION + "\",\"signerKey\":\"" + signerKey
                + "\",\"lang\":\"en\",\"title\":\"Stop the forced repatriation of North Korean refugees\",\"to\":\"bench-"
                + UUID.randomUUID() + "@example.org\",\"token\":\"" + tokenId + "." + UUID.randomUUID()
                + "\",\"baseUrl\":\"http://localhost:3000\",\"destination\":{\"missionId\":\"jp-tokyo\",\"name\":\"Embassy of"
                + " the People's Republic of China in Japan\",\"city\":\"Tokyo\",\"date\":\"2027-09-24\"}}";
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(message).messageAttributes(Map.of(
                "petitionId", MessageAttributeValue.builder().dataType("String").stringValue(PETITION).build(),
                "kind", MessageAttributeValue.builder().dataType("String").stringValue("confirmation").build())));
        FirstResponse.report(202);
    }

    /** As the product's mission and delivery stores read: a filtered Scan through the SDK's paginator. */
    static List<Map<String, AttributeValue>> scan(DynamoDbClient dynamo, String table, String prefix) {
        return dynamo.scanPaginator(b -> b.tableName(table).filterExpression("begins_with(petitionId, :prefix)")
                .expressionAttributeValues(Map.of(":prefix", s(prefix)))).items().stream().toList();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
