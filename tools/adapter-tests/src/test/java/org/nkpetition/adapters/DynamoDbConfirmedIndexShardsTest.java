package org.nkpetition.adapters;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nkpetition.domain.Language;
import org.nkpetition.security.SecretToken;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.DisplayName;
import org.nkpetition.signature.SignatureStatus;
import org.nkpetition.signature.StoredSignature;
import org.nkpetition.signature.TokenRecord;
import org.nkpetition.storage.dynamodb.DynamoDbConfirmedSignatures;
import org.nkpetition.storage.dynamodb.DynamoDbSignatureStore;
import org.nkpetition.storage.dynamodb.SignatureTableKeys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The confirmed-signers index key is sharded (issue 11, docs/adr/0045): confirmations spread over
 * {@code PETITION#<id>#<n>}, and a reader gets every signer once, in confirmation order, including
 * those confirmed before sharding under the single {@code PETITION#<id>} key.
 */
class DynamoDbConfirmedIndexShardsTest {
    private static final Instant NOW = Instant.parse("2026-09-24T10:00:00Z");
    @RegisterExtension
    static final SignaturesTable SIGNATURES = new SignaturesTable();

    @Test
    void confirmationsSpreadOverTheShardsAndAreReadBackOnceInConfirmationOrder() {
        DynamoDbSignatureStore store = new DynamoDbSignatureStore(SIGNATURES.dynamo(), SIGNATURES.name(), 4);
        Map<String, String> expectedOrder = new TreeMap<>(); // gsi1sk order → signer key
        for (int i = 0; i < 60; i++) {
            String signerKey = "shard-signer-" + i;
            Instant at = NOW.plusSeconds((i * 37L) % 60); // confirmed out of key order
            confirm(store, "sharded", signerKey, at);
            expectedOrder.put(at + "#" + signerKey, signerKey);
        }

        Map<String, Long> perPartition = indexPartitions("sharded");
        assertTrue(perPartition.keySet().stream().allMatch(p -> p.matches("PETITION#sharded#[0-9]")),
                "every confirmation under a shard: " + perPartition.keySet());
        assertTrue(perPartition.size() >= 8, "60 signers reach most of the 10 shards: " + perPartition);
        assertTrue(perPartition.values().stream().allMatch(n -> n <= 15), "no shard takes a quarter: " + perPartition);

        List<ConfirmedSignature> listed = readUntil(new DynamoDbConfirmedSignatures(SIGNATURES.dynamo(), SIGNATURES.name(), 3), "sharded", 60);
        assertEquals(new ArrayList<>(expectedOrder.values()), listed.stream().map(ConfirmedSignature::signerKey).toList(),
                "all shards merged in confirmation order, each signer once");
        assertTrue(listed.stream().allMatch(s -> s.petitionId().equals("sharded")), "the petition id, without the shard");
    }

    @Test
    void signaturesConfirmedBeforeShardingAreStillListedInOrderWithoutMigration() {
        DynamoDbSignatureStore store = new DynamoDbSignatureStore(SIGNATURES.dynamo(), SIGNATURES.name(), 4);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Instant at = NOW.plusSeconds(i);
            String signerKey = "mixed-signer-" + i;
            if (i % 3 == 0) {
                legacyConfirmed("mixed", signerKey, at); // as the code before sharding wrote it
            } else {
                confirm(store, "mixed", signerKey, at);
            }
            expected.add(signerKey);
        }
        assertTrue(indexPartitions("mixed").containsKey("PETITION#mixed"), "old items keep the unsharded key");
        List<ConfirmedSignature> listed = readUntil(new DynamoDbConfirmedSignatures(SIGNATURES.dynamo(), SIGNATURES.name()), "mixed", 12);
        assertEquals(expected, listed.stream().map(ConfirmedSignature::signerKey).toList());
        assertEquals(Set.of("mixed"), listed.stream().map(ConfirmedSignature::petitionId).collect(Collectors.toSet()));
    }

    @Test
    void aPetitionsListingNeverIncludesAnotherPetitionsShards() {
        DynamoDbSignatureStore store = new DynamoDbSignatureStore(SIGNATURES.dynamo(), SIGNATURES.name(), 4);
        confirm(store, "alpha", "alpha-signer", NOW);
        confirm(store, "alpha-2", "other-signer", NOW);
        assertEquals(List.of("alpha-signer"), readUntil(new DynamoDbConfirmedSignatures(SIGNATURES.dynamo(), SIGNATURES.name()), "alpha", 1)
                .stream().map(ConfirmedSignature::signerKey).toList());
    }

    private static void confirm(DynamoDbSignatureStore store, String petitionId, String signerKey, Instant at) {
        SecretToken secret = SecretToken.generate();
        TokenRecord token = new TokenRecord(secret.selector(), secret.verifierHash(), petitionId, signerKey, Language.EN,
                Optional.of(NOW.plus(Duration.ofDays(7))), false, TokenRecord.Purpose.SIGNATURE);
        StoredSignature pending = new StoredSignature(petitionId, signerKey, SignatureStatus.PENDING, "Signer " + signerKey,
                Optional.empty(), "KR", Optional.empty(), Optional.empty(), Optional.empty(), Language.EN,
                DisplayName.FULL, false, NOW.minusSeconds(3600), Optional.empty(), Optional.of(NOW.plus(Duration.ofDays(7))), 1);
        assertTrue(store.createPending(pending, token, NOW.minusSeconds(3600)));
        store.confirm(pending, token, at);
    }

    /** A confirmed signature as written before the index key was sharded: {@code gsi1pk = PETITION#<id>}. */
    private static void legacyConfirmed(String petitionId, String signerKey, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(SignatureTableKeys.signature(petitionId, signerKey));
        item.put("status", AttributeValue.fromS(SignatureStatus.CONFIRMED.code()));
        item.put("confirmedAt", AttributeValue.fromS(at.toString()));
        item.put(SignatureTableKeys.GSI1_PK, AttributeValue.fromS("PETITION#" + petitionId));
        item.put(SignatureTableKeys.GSI1_SK, AttributeValue.fromS(at + "#" + signerKey));
        item.put("country", AttributeValue.fromS("KR"));
        item.put("displayName", AttributeValue.fromS("initials"));
        item.put("rosterName", AttributeValue.fromS("S. L."));
        item.put("lang", AttributeValue.fromS("en"));
        SIGNATURES.dynamo().putItem(b -> b.tableName(SIGNATURES.name()).item(item));
    }

    /** Index partition key → items, for the petition's confirmed signatures (a table scan: tests only). */
    private static Map<String, Long> indexPartitions(String petitionId) {
        return SIGNATURES.dynamo().scanPaginator(b -> b.tableName(SIGNATURES.name())).items().stream()
                .filter(item -> item.containsKey(SignatureTableKeys.GSI1_PK))
                .map(item -> item.get(SignatureTableKeys.GSI1_PK).s())
                .filter(pk -> SignatureTableKeys.petitionIdOf(pk).equals(petitionId))
                .collect(Collectors.groupingBy(pk -> pk, TreeMap::new, Collectors.counting()));
    }

    /** The index is eventually consistent in AWS: on an endpoint given to the run, wait up to 20 s for it. */
    private static List<ConfirmedSignature> readUntil(DynamoDbConfirmedSignatures confirmed, String petitionId, int size) {
        long deadline = System.nanoTime() + Duration.ofSeconds(SIGNATURES.tables().onEmulator() ? 0 : 20).toNanos();
        List<ConfirmedSignature> listed = confirmed.of(petitionId).toList();
        while (listed.size() < size && System.nanoTime() < deadline) {
            listed = confirmed.of(petitionId).toList();
        }
        return listed;
    }
}
