package org.nkpetition.storage.dynamodb;

import static org.nkpetition.storage.dynamodb.Attributes.*;
import static org.nkpetition.storage.dynamodb.SignatureTableKeys.*;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.nkpetition.domain.Language;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.ConfirmedSignatures;
import org.nkpetition.signature.DisplayName;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Confirmed signatures from the sparse {@code ConfirmedByPetition} index, whose projection holds
 * what reports need (with the signer's {@code missionId} when signing assigned one) and no email
 * address. The index is eventually consistent: a signature
 * confirmed a moment ago may not be listed yet.
 */
public final class DynamoDbConfirmedSignatures implements ConfirmedSignatures {
    private final DynamoDbClient dynamo;
    private final String table;
    private final Integer pageSize;

    public DynamoDbConfirmedSignatures(DynamoDbClient dynamo, String table) {
        this(dynamo, table, null);
    }

    /**
     * Reading at most {@code pageSize} items per Query (null: DynamoDB's 1 MB pages). Tests use small
     * pages to exercise pagination on emulators, which have no 1 MB limit.
     */
    public DynamoDbConfirmedSignatures(DynamoDbClient dynamo, String table, Integer pageSize) {
        this.dynamo = dynamo;
        this.table = table;
        this.pageSize = pageSize;
    }

    @Override
    public Stream<ConfirmedSignature> of(String petitionId) {
        return dynamo.queryPaginator(b -> b.tableName(table).indexName(BY_PETITION_INDEX).limit(pageSize)
                        .keyConditionExpression(GSI1_PK + " = :pk")
                        .expressionAttributeValues(Map.of(":pk", s(confirmedPartition(petitionId)))))
                .items().stream()
                .map(DynamoDbConfirmedSignatures::toConfirmed);
    }

    private static ConfirmedSignature toConfirmed(Map<String, AttributeValue> item) {
        String sortKey = string(item, GSI1_SK);
        String signerKey = sortKey.substring(sortKey.indexOf('#') + 1);
        return new ConfirmedSignature(
                string(item, GSI1_PK).substring("PETITION#".length()),
                signerKey,
                optionalString(item, "rosterName"),
                DisplayName.fromCode(string(item, "displayName")).orElse(DisplayName.DEFAULT),
                string(item, "country"),
                optionalString(item, "city"),
                optionalString(item, "comment"),
                Instant.parse(string(item, "confirmedAt")),
                Language.fromCode(string(item, "lang")).orElse(Language.DEFAULT),
                flag(item, "updates"),
                // Written at sign time (issue 14); absent on older signatures and where the country has no mission.
                optionalString(item, "missionId"));
    }
}
