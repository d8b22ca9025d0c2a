package org.nkpetition.report.ledger.dynamodb;

import static org.nkpetition.storage.dynamodb.Attributes.*;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.report.ledger.LedgerEntry;
import org.nkpetition.report.ledger.ReportLedger;
import org.nkpetition.report.request.Cutoff;
import org.nkpetition.storage.dynamodb.SignatureTableKeys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The {@link ReportLedger} in DynamoDB: one item per report in the signatures table under
 * {@code REPORT#{petitionId}#{cutoff}} (the worker's role may touch only those keys). Conditional writes
 * make the lease and "email once" hold even when runs race. The item carries no signer data and no
 * index key, and expires (TTL) 400 days after it was last leased.
 */
public final class DynamoDbReportLedger implements ReportLedger {
    private static final Duration KEEP = Duration.ofDays(400);

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbReportLedger(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<LedgerEntry> find(String petitionId, Cutoff cutoff) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(petitionId, cutoff))
                .consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LedgerEntry(optionalEpochSeconds(item, "leaseUntil"), optionalInstant(item, "generatedAt"),
                optionalInstant(item, "emailedAt")));
    }

    @Override
    public boolean lease(String petitionId, Cutoff cutoff, Instant now, Instant until) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":until", epochSeconds(until));
        values.put(":now", epochSeconds(now));
        values.put(":type", s("report"));
        values.put(":petitionId", s(petitionId));
        values.put(":cutoff", s(cutoff.toString()));
        values.put(":expiresAt", epochSeconds(now.plus(KEEP)));
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key(petitionId, cutoff))
                    .updateExpression("SET #leaseUntil = :until, #type = :type, #petitionId = :petitionId, "
                            + "#cutoff = :cutoff, #expiresAt = :expiresAt")
                    .conditionExpression("attribute_not_exists(#leaseUntil) OR #leaseUntil < :now")
                    .expressionAttributeNames(Map.of("#leaseUntil", "leaseUntil", "#type", "type",
                            "#petitionId", "petitionId", "#cutoff", "cutoff", "#expiresAt", "expiresAt"))
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException held) {
            return false;
        }
    }

    @Override
    public void release(String petitionId, Cutoff cutoff) {
        dynamo.updateItem(b -> b.tableName(table).key(key(petitionId, cutoff))
                .updateExpression("REMOVE #leaseUntil")
                .expressionAttributeNames(Map.of("#leaseUntil", "leaseUntil")));
    }

    @Override
    public void generated(String petitionId, Cutoff cutoff, long total, Instant now) {
        dynamo.updateItem(b -> b.tableName(table).key(key(petitionId, cutoff))
                .updateExpression("SET #generatedAt = :now, #total = :total")
                .expressionAttributeNames(Map.of("#generatedAt", "generatedAt", "#total", "total"))
                .expressionAttributeValues(Map.of(":now", s(now.toString()), ":total", n(total))));
    }

    @Override
    public boolean claimEmail(String petitionId, Cutoff cutoff, Instant now, boolean force) {
        try {
            dynamo.updateItem(b -> {
                b.tableName(table).key(key(petitionId, cutoff))
                        .updateExpression("SET #emailedAt = :now")
                        .expressionAttributeNames(Map.of("#emailedAt", "emailedAt"))
                        .expressionAttributeValues(Map.of(":now", s(now.toString())));
                if (!force) {
                    b.conditionExpression("attribute_not_exists(#emailedAt)");
                }
            });
            return true;
        } catch (ConditionalCheckFailedException alreadySent) {
            return false;
        }
    }

    @Override
    public void unclaimEmail(String petitionId, Cutoff cutoff, Instant claimedAt) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key(petitionId, cutoff))
                    .updateExpression("REMOVE #emailedAt")
                    .conditionExpression("#emailedAt = :claimed")
                    .expressionAttributeNames(Map.of("#emailedAt", "emailedAt"))
                    .expressionAttributeValues(Map.of(":claimed", s(claimedAt.toString()))));
        } catch (ConditionalCheckFailedException claimedByAnotherRun) {
            // A forced run claimed it since: its email stands.
        }
    }

    private static Map<String, AttributeValue> key(String petitionId, Cutoff cutoff) {
        return SignatureTableKeys.report(petitionId, cutoff.folderName());
    }
}
