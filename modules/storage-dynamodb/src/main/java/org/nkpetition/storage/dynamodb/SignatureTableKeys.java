package org.nkpetition.storage.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The layout of the signatures table: one partition key {@code pk}, one item per partition.
 * Signatures, link tokens, counter shards, per-IP rate counters and report ledgers each get their own key prefix; every counter shard is
 * its own partition so a viral petition spreads its writes instead of hitting one item's ceiling.
 * Confirmed signatures also carry {@code gsi1pk}/{@code gsi1sk}, a sparse index of a petition's
 * confirmed signers in confirmation order (for reports and recounts). Its partition key is sharded,
 * {@code PETITION#<id>#<n>} with n in [0, {@link #CONFIRMED_INDEX_SHARDS}) from the signer key, so a
 * viral petition's index writes spread over partitions; readers query every shard (and the unsharded
 * key written before, docs/adr/0045) and merge them by {@code gsi1sk}.
 */
public final class SignatureTableKeys {
    public static final String PK = "pk";
    public static final String BY_PETITION_INDEX = "ConfirmedByPetition";
    public static final String GSI1_PK = "gsi1pk";
    public static final String GSI1_SK = "gsi1sk";
    public static final String EXPIRES_AT = "expiresAt";
    public static final String COUNTRY_PREFIX = "country:";
    /** Counter shard attribute of a mission's confirmed signatures ("mission:us-chicago"), beside the country's. */
    public static final String MISSION_PREFIX = "mission:";

    private SignatureTableKeys() {
    }

    public static Map<String, AttributeValue> signature(String petitionId, String signerKey) {
        return key("SIGNATURE#" + petitionId + "#" + signerKey);
    }

    public static Map<String, AttributeValue> token(String selector) {
        return key("TOKEN#" + selector);
    }

    public static Map<String, AttributeValue> counterShard(String petitionId, int shard) {
        return key("COUNTER#" + petitionId + "#" + shard);
    }

    /** A delivery report's ledger (who generates it, when it was emailed); folder is the cut-off's name. */
    public static Map<String, AttributeValue> report(String petitionId, String cutoffFolder) {
        return key("REPORT#" + petitionId + "#" + cutoffFolder);
    }

    /** An address suppressed after a bounce or complaint, by the keyed hash of its canonical mailbox. */
    public static Map<String, AttributeValue> suppressed(String mailboxHash) {
        return key("SUPPRESSED#" + mailboxHash);
    }

    /** A client's signing-rate counter for one hour window (ClientKeys: a keyed hash, never the address). */
    public static Map<String, AttributeValue> rate(String clientKey) {
        return key("RATE#" + clientKey);
    }

    /**
     * Index shards per petition. 10 shards take 10 × 1,000 index writes/s (DynamoDB's per-partition
     * ceiling), six times the 1,667 confirmations/s of 100,000 signatures a minute (docs/PERFORMANCE.md,
     * capacity model); a reader makes 11 Queries (the shards and the old unsharded key). May be raised,
     * never lowered: readers query shards 0..N-1, so items in a higher shard would be missed.
     */
    public static final int CONFIRMED_INDEX_SHARDS = 10;
    private static final String CONFIRMED_PREFIX = "PETITION#";

    /** The index partition a confirmed signature is listed under: {@code PETITION#<id>#<n>}, n from the signer key. */
    public static String confirmedPartition(String petitionId, String signerKey) {
        return confirmedShard(petitionId, org.nkpetition.count.CounterShards.forSigner(signerKey, CONFIRMED_INDEX_SHARDS));
    }

    /** Shard n of a petition's index partition. */
    public static String confirmedShard(String petitionId, int shard) {
        return CONFIRMED_PREFIX + petitionId + "#" + shard;
    }

    /**
     * Every index partition that can list a petition's confirmed signers: the shards, then the single
     * unsharded key {@code PETITION#<id>} that signatures confirmed before sharding still carry.
     */
    public static java.util.List<String> confirmedPartitions(String petitionId) {
        java.util.List<String> partitions = new java.util.ArrayList<>();
        for (int shard = 0; shard < CONFIRMED_INDEX_SHARDS; shard++) {
            partitions.add(confirmedShard(petitionId, shard));
        }
        partitions.add(CONFIRMED_PREFIX + petitionId);
        return partitions;
    }

    /** The petition id in an index partition key, sharded or not (petition ids never contain '#'). */
    public static String petitionIdOf(String confirmedPartition) {
        String rest = confirmedPartition.substring(CONFIRMED_PREFIX.length());
        int hash = rest.indexOf('#');
        return hash < 0 ? rest : rest.substring(0, hash);
    }

    private static Map<String, AttributeValue> key(String pk) {
        return Map.of(PK, AttributeValue.fromS(pk));
    }
}
