package org.nkpetition.report;

import static org.nkpetition.storage.dynamodb.Attributes.*;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.storage.dynamodb.SignatureTableKeys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * What happened to each report (petition, cut-off), one item in the signatures table under
 * {@code REPORT#{petitionId}#{cutoff}}: who is generating it now (a lease, so overlapping runs do
 * not both work), when it was generated and when the organisers were emailed. Conditional writes
 * make "email once" hold even when runs race. The item carries no signer data and no index key,
 * and expires (TTL) a year after it was last touched.
 */
public final class ReportLedger {
    private static final Duration KEEP = Duration.ofDays(400);

    /** A report's record; {@code leaseUntil} is set while a run holds it. */
    public record Entry(Optional<Instant> leaseUntil, Optional<Instant> generatedAt, Optional<Instant> emailedAt) {
        public boolean leasedAt(Instant now) {
            return leaseUntil.isPresent() && leaseUntil.get().isAfter(now);
        }
    }

    private final DynamoDbClient dynamo;
    private final String table;

    public ReportLedger(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    public Optional<Entry> find(String petitionId, Cutoff cutoff) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(petitionId, cutoff))
                .consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Entry(optionalEpochSeconds(item, "leaseUntil"), optionalInstant(item, "generatedAt"),
                optionalInstant(item, "emailedAt")));
    }

    /** Takes the report for this run until {@code until}; false while another run holds it. */
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

    public void release(String petitionId, Cutoff cutoff) {
        dynamo.updateItem(b -> b.tableName(table).key(key(petitionId, cutoff))
                .updateExpression("REMOVE #leaseUntil")
                .expressionAttributeNames(Map.of("#leaseUntil", "leaseUntil")));
    }

    public void generated(String petitionId, Cutoff cutoff, long total, Instant now) {
        dynamo.updateItem(b -> b.tableName(table).key(key(petitionId, cutoff))
                .updateExpression("SET #generatedAt = :now, #total = :total")
                .expressionAttributeNames(Map.of("#generatedAt", "generatedAt", "#total", "total"))
                .expressionAttributeValues(Map.of(":now", s(now.toString()), ":total", n(total))));
    }

    /**
     * Claims the organisers' email for this run: true for exactly one run unless {@code force}
     * (an operator asking for it again). A failed send gives the claim back with {@link #unclaimEmail}.
     */
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
