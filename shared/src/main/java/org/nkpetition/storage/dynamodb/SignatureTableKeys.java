package org.nkpetition.storage.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The layout of the signatures table: one partition key {@code pk}, one item per partition.
 * Signatures, link tokens, counter shards, per-IP rate counters and report ledgers each get their own key prefix; every counter shard is
 * its own partition so a viral petition spreads its writes instead of hitting one item's ceiling.
 * Confirmed signatures also carry {@code gsi1pk}/{@code gsi1sk}, a sparse index of a petition's
 * confirmed signers in confirmation order (for reports and recounts).
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

    public static String confirmedPartition(String petitionId) {
        return "PETITION#" + petitionId;
    }

    private static Map<String, AttributeValue> key(String pk) {
        return Map.of(PK, AttributeValue.fromS(pk));
    }
}
