package org.nkpetition.storage.dynamodb;

import static org.nkpetition.storage.dynamodb.Attributes.*;

import java.time.Instant;
import java.util.Map;
import org.nkpetition.security.ClientKeys;
import org.nkpetition.signature.RateLimiter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** One counter item per hashed client per hour in the signatures table, removed by TTL afterwards. */
public final class DynamoDbRateLimiter implements RateLimiter {
    private final DynamoDbClient dynamo;
    private final String table;
    private final int perHour;

    public DynamoDbRateLimiter(DynamoDbClient dynamo, String table, int perHour) {
        this.dynamo = dynamo;
        this.table = table;
        this.perHour = perHour;
    }

    @Override
    public boolean allow(String clientKey, Instant now) {
        Instant expires = ClientKeys.windowStart(now).plus(ClientKeys.WINDOW).plus(ClientKeys.WINDOW);
        try {
            dynamo.updateItem(b -> b.tableName(table)
                    .key(SignatureTableKeys.rate(clientKey))
                    .updateExpression("ADD hits :one SET " + SignatureTableKeys.EXPIRES_AT + " = :expires")
                    .conditionExpression("attribute_not_exists(hits) OR hits < :limit")
                    .expressionAttributeValues(Map.of(":one", n(1), ":limit", n(perHour), ":expires", epochSeconds(expires))));
            return true;
        } catch (ConditionalCheckFailedException overLimit) {
            return false;
        }
    }
}
