package org.nkpetition.adapters;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
 * Reports read the mission each signature was assigned to at sign time: the item attribute {@code missionId}
 * reaches them through the {@code ConfirmedByPetition} index (template.yaml projects it). A signature stored
 * without one reads as "no mission" (reports then assign it from the country, see MissionFallback).
 */
class ConfirmedSignatureMissionTest {
    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    @RegisterExtension
    static final SignaturesTable SIGNATURES = new SignaturesTable();

    @Test
    void theMissionAssignedAtSignTimeReachesTheReportsIndex() {
        DynamoDbSignatureStore store = new DynamoDbSignatureStore(SIGNATURES.dynamo(), SIGNATURES.name(), 4);
        confirmed(store, "chicago", "US", 1);
        confirmed(store, "older", "US", 2);
        // As the sign path writes it (issue 14, item 2): an attribute of the signature item.
        SIGNATURES.dynamo().updateItem(b -> b.tableName(SIGNATURES.name()).key(SignatureTableKeys.signature("missions", "chicago"))
                .updateExpression("SET missionId = :m").expressionAttributeValues(Map.of(":m", AttributeValue.fromS("us-chicago"))));

        Map<String, ConfirmedSignature> read = new DynamoDbConfirmedSignatures(SIGNATURES.dynamo(), SIGNATURES.name()).of("missions")
                .collect(Collectors.toMap(ConfirmedSignature::signerKey, Function.identity()));

        assertEquals(Optional.of("us-chicago"), read.get("chicago").missionId());
        assertEquals(Optional.empty(), read.get("older").missionId());
    }

    private static void confirmed(DynamoDbSignatureStore store, String signerKey, String country, int second) {
        SecretToken secret = SecretToken.generate();
        TokenRecord token = new TokenRecord(secret.selector(), secret.verifierHash(), "missions", signerKey, Language.EN,
                Optional.of(NOW.plus(Duration.ofDays(7))), false, TokenRecord.Purpose.SIGNATURE);
        StoredSignature pending = new StoredSignature("missions", signerKey, SignatureStatus.PENDING, "Signer " + signerKey,
                Optional.empty(), country, Optional.empty(), Optional.empty(), Optional.empty(), Language.EN, DisplayName.FULL,
                false, NOW, Optional.empty(), Optional.of(NOW.plus(Duration.ofDays(7))), 1);
        assertTrue(store.createPending(pending, token, NOW));
        store.confirm(pending, token, NOW.plusSeconds(second));
    }
}
