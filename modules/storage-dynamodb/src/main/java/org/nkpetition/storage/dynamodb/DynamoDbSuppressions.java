package org.nkpetition.storage.dynamodb;

import java.time.Instant;
import java.util.Map;
import org.nkpetition.mail.Suppressions;
import org.nkpetition.security.KeyedHash;
import org.nkpetition.signature.CanonicalEmail;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Suppressed addresses in the signatures table: {@code pk = SUPPRESSED#<keyed hash of the canonical
 * address>}, with the reason and the date; never the address itself.
 */
public final class DynamoDbSuppressions implements Suppressions {
    private final DynamoDbClient dynamo;
    private final String table;
    private final KeyedHash hash;

    public DynamoDbSuppressions(DynamoDbClient dynamo, String table, KeyedHash hash) {
        this.dynamo = dynamo;
        this.table = table;
        this.hash = hash;
    }

    @Override
    public boolean isSuppressed(String address) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(address))).item();
        return item != null && !item.isEmpty();
    }

    @Override
    public void suppress(String address, String reason) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(key(address));
        item.put("reason", AttributeValue.fromS(reason));
        item.put("suppressedAt", AttributeValue.fromS(Instant.now().toString()));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    private Map<String, AttributeValue> key(String address) {
        return SignatureTableKeys.suppressed(hash.hash("suppressed\n" + CanonicalEmail.of(address)));
    }
}
