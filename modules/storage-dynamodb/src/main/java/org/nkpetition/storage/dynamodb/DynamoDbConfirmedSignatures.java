package org.nkpetition.storage.dynamodb;

import static org.nkpetition.storage.dynamodb.Attributes.*;
import static org.nkpetition.storage.dynamodb.SignatureTableKeys.*;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.nkpetition.domain.Language;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.ConfirmedSignatures;
import org.nkpetition.signature.DisplayName;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Confirmed signatures from the sparse {@code ConfirmedByPetition} index, whose projection holds
 * what reports need (with the signer's {@code missionId} when signing assigned one) and no email
 * address. The index is eventually consistent: a signature confirmed a moment ago may not be
 * listed yet. Its partition key is sharded ({@link SignatureTableKeys#confirmedPartitions}): every
 * shard is queried, lazily, and the results merged in confirmation order ({@code gsi1sk}), as one
 * partition would list them (docs/adr/0045).
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
        // Each shard's pages are fetched only when the merge reaches them: memory holds one page per shard.
        List<Iterator<Map<String, AttributeValue>>> shards = confirmedPartitions(petitionId).stream()
                .map(partition -> dynamo.queryPaginator(b -> b.tableName(table).indexName(BY_PETITION_INDEX).limit(pageSize)
                                .keyConditionExpression(GSI1_PK + " = :pk")
                                .expressionAttributeValues(Map.of(":pk", s(partition))))
                        .items().iterator())
                .toList();
        Iterator<Map<String, AttributeValue>> merged = new LazyIterator(() -> new SortKeyMerge(GSI1_SK, shards));
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(merged, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .map(DynamoDbConfirmedSignatures::toConfirmed);
    }

    /** Starts the merge (its first Query of each shard) when the stream is first read, not when it is made. */
    private static final class LazyIterator implements Iterator<Map<String, AttributeValue>> {
        private final java.util.function.Supplier<Iterator<Map<String, AttributeValue>>> start;
        private Iterator<Map<String, AttributeValue>> started;

        LazyIterator(java.util.function.Supplier<Iterator<Map<String, AttributeValue>>> start) {
            this.start = start;
        }

        private Iterator<Map<String, AttributeValue>> iterator() {
            if (started == null) {
                started = start.get();
            }
            return started;
        }

        @Override
        public boolean hasNext() {
            return iterator().hasNext();
        }

        @Override
        public Map<String, AttributeValue> next() {
            return iterator().next();
        }
    }

    private static ConfirmedSignature toConfirmed(Map<String, AttributeValue> item) {
        String sortKey = string(item, GSI1_SK);
        String signerKey = sortKey.substring(sortKey.indexOf('#') + 1);
        return new ConfirmedSignature(
                petitionIdOf(string(item, GSI1_PK)),
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
