package org.nkpetition.adapters;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nkpetition.count.Recount;
import org.nkpetition.domain.Language;
import org.nkpetition.security.SecretToken;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.DisplayName;
import org.nkpetition.signature.SignatureStatus;
import org.nkpetition.signature.StoredSignature;
import org.nkpetition.signature.TokenRecord;
import org.nkpetition.storage.dynamodb.DynamoDbConfirmedSignatures;
import org.nkpetition.storage.dynamodb.DynamoDbCountStore;
import org.nkpetition.storage.dynamodb.DynamoDbSignatureStore;

/**
 * Listing confirmed signers reads every page of every index shard, in order: with 2 items a page,
 * each shard of k signers takes k/2 + 1 queries (moto has no 1 MB page limit, so only a small Limit
 * makes the adapter paginate).
 */
class DynamoDbPaginationTest {
    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    @RegisterExtension
    static final SignaturesTable SIGNATURES = new SignaturesTable();

    @Test
    void everyPageIsReadInConfirmationOrder() {
        DynamoDbSignatureStore store = new DynamoDbSignatureStore(SIGNATURES.dynamo(), SIGNATURES.name(), 4);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String signerKey = "signer-" + i;
            SecretToken secret = SecretToken.generate();
            TokenRecord token = new TokenRecord(secret.selector(), secret.verifierHash(), "paged", signerKey, Language.EN,
                    Optional.of(NOW.plus(Duration.ofDays(7))), false, TokenRecord.Purpose.SIGNATURE);
            StoredSignature pending = new StoredSignature("paged", signerKey, SignatureStatus.PENDING, "Signer " + i,
                    Optional.empty(), i % 2 == 0 ? "KR" : "JP", Optional.empty(), Optional.empty(), Optional.empty(),
                    Language.EN, DisplayName.FULL, false, NOW, Optional.empty(), Optional.of(NOW.plus(Duration.ofDays(7))), 1);
            assertTrue(store.createPending(pending, token, NOW));
            // Confirmed in reverse key order: the listing follows confirmation time, not keys.
            store.confirm(pending, token, NOW.plusSeconds(100 - i));
            expected.add(0, signerKey);
        }
        DynamoDbConfirmedSignatures confirmed = new DynamoDbConfirmedSignatures(SIGNATURES.dynamo(), SIGNATURES.name(), 2);
        int queriesBefore = SIGNATURES.tables().calls("Query");
        List<String> listed = readUntil(confirmed, 7);
        assertEquals(expected, listed);
        if (SIGNATURES.tables().onEmulator()) {
            // Each of the 10 index shards and the old unsharded key is read page by page: a partition
            // of k items in pages of 2 takes k/2 + 1 queries (the last one finds nothing when k is even).
            long expectedQueries = org.nkpetition.storage.dynamodb.SignatureTableKeys.confirmedPartitions("paged").stream()
                    .mapToLong(partition -> itemsUnder(partition) / 2 + 1).sum();
            assertEquals(expectedQueries, SIGNATURES.tables().calls("Query") - queriesBefore, "7 items in pages of 2, over 11 partitions");
        }

        // A recount reads through the same pages: drift is repaired to the last page's signers.
        DynamoDbCountStore counts = new DynamoDbCountStore(SIGNATURES.dynamo(), SIGNATURES.name(), 4);
        counts.adjust("paged", 10, java.util.Map.of("KR", 10L));
        new Recount(confirmed, counts).recount("paged");
        assertEquals(7, counts.read("paged").total());
        assertEquals(java.util.Map.of("KR", 4L, "JP", 3L), counts.read("paged").byCountry());
    }

    private static long itemsUnder(String indexPartition) {
        return SIGNATURES.dynamo().scanPaginator(b -> b.tableName(SIGNATURES.name())).items().stream()
                .filter(item -> item.containsKey("gsi1pk") && item.get("gsi1pk").s().equals(indexPartition)).count();
    }

    private static List<String> readUntil(DynamoDbConfirmedSignatures confirmed, int size) {
        long deadline = System.nanoTime() + Duration.ofSeconds(SIGNATURES.tables().onEmulator() ? 0 : 20).toNanos();
        List<String> listed = confirmed.of("paged").map(ConfirmedSignature::signerKey).toList();
        while (listed.size() < size && System.nanoTime() < deadline) {
            listed = confirmed.of("paged").map(ConfirmedSignature::signerKey).toList();
        }
        return listed;
    }
}
