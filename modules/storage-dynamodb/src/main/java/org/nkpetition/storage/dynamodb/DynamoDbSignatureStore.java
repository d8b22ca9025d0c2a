package org.nkpetition.storage.dynamodb;

import static org.nkpetition.storage.dynamodb.Attributes.*;
import static org.nkpetition.storage.dynamodb.SignatureTableKeys.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.domain.Language;
import org.nkpetition.signature.TransactionResult;
import org.nkpetition.signature.DisplayName;
import org.nkpetition.signature.SignatureStatus;
import org.nkpetition.signature.SignatureStore;
import org.nkpetition.signature.StoredSignature;
import org.nkpetition.signature.TokenRecord;
import org.nkpetition.count.CounterShards;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** Signatures, tokens and counter shards in one DynamoDB table (layout: {@link SignatureTableKeys}). */
public final class DynamoDbSignatureStore implements SignatureStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final int counterShards;

    public DynamoDbSignatureStore(DynamoDbClient dynamo, String table, int counterShards) {
        if (counterShards < 1) {
            throw new IllegalArgumentException("counterShards must be at least 1");
        }
        this.dynamo = dynamo;
        this.table = table;
        this.counterShards = counterShards;
    }

    @Override
    public boolean createPending(StoredSignature signature, TokenRecord token, Instant now) {
        try {
            // A single-item conditional put, not a transaction: concurrent duplicates fail cleanly
            // on the condition instead of cancelling each other.
            dynamo.putItem(b -> b.tableName(table).item(signatureItem(signature))
                    .conditionExpression("attribute_not_exists(pk) OR (#status = :pending AND expiresAt < :now)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":pending", s(SignatureStatus.PENDING.code()),
                            ":now", epochSeconds(now))));
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
        putToken(token);
        return true;
    }

    @Override
    public Optional<StoredSignature> find(String petitionId, String signerKey) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(signature(petitionId, signerKey)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toSignature(item));
    }

    @Override
    public boolean refreshPending(StoredSignature updated, TokenRecord token, int maxEmails, Instant now) {
        // Only the life is extended: the first details win (docs/adr/0043).
        UpdateExpression update = new UpdateExpression()
                .set(EXPIRES_AT, epochSeconds(updated.expiresAt().orElseThrow()))
                .value(":pending", s(SignatureStatus.PENDING.code()))
                .value(":max", n(maxEmails));
        if (!updateIf(signature(updated.petitionId(), updated.signerKey()), update,
                update.name("status") + " = :pending AND " + update.name("emailsSent") + " < :max")) {
            return false;
        }
        putToken(token);
        return true;
    }

    @Override
    public boolean countEmail(String petitionId, String signerKey, int maxEmails) {
        UpdateExpression update = new UpdateExpression().add("emailsSent", n(1)).value(":max", n(maxEmails));
        return updateIf(signature(petitionId, signerKey), update, "attribute_exists(pk) AND " + update.name("emailsSent") + " < :max");
    }

    @Override
    public void uncountEmail(String petitionId, String signerKey) {
        UpdateExpression update = new UpdateExpression().add("emailsSent", n(-1)).value(":zero", n(0));
        updateIf(signature(petitionId, signerKey), update, "attribute_exists(pk) AND " + update.name("emailsSent") + " > :zero");
    }

    /** Applies the update when the condition holds; returns whether it did. */
    private boolean updateIf(Map<String, AttributeValue> key, UpdateExpression update, String condition) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key)
                    .updateExpression(update.expression())
                    .conditionExpression(condition)
                    .expressionAttributeNames(update.names())
                    .expressionAttributeValues(update.values()));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public Optional<TokenRecord> findToken(String selector) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(token(selector))
                .consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TokenRecord(selector, string(item, "verifierHash"), string(item, "petitionId"),
                optionalString(item, "signerKey").orElse(""), Language.fromCode(string(item, "lang")).orElse(Language.DEFAULT),
                optionalEpochSeconds(item, EXPIRES_AT), flag(item, "withdrawn"),
                "unsubscribe".equals(string(item, "purpose")) ? TokenRecord.Purpose.UNSUBSCRIBE : TokenRecord.Purpose.SIGNATURE,
                optionalString(item, "signedAt").map(Instant::parse)));
    }

    @Override
    public TransactionResult confirm(StoredSignature signature, TokenRecord token, Instant now) {
        String confirmedAt = now.toString();
        UpdateExpression confirmIt = new UpdateExpression()
                .set("status", s(SignatureStatus.CONFIRMED.code()))
                .set("confirmedAt", s(confirmedAt))
                .set(GSI1_PK, s(confirmedPartition(signature.petitionId(), signature.signerKey())))
                .set(GSI1_SK, s(confirmedAt + "#" + signature.signerKey()))
                .remove(EXPIRES_AT)
                .remove("name")
                .value(":pending", s(SignatureStatus.PENDING.code()))
                .value(":now", epochSeconds(now));
        // Keep only the name as the signer wants it delivered (full, initials or nothing).
        signature.displayName().render(signature.name()).ifPresent(name -> confirmIt.set("rosterName", s(name)));
        Update confirmSignature = Update.builder().tableName(table)
                .key(signature(signature.petitionId(), signature.signerKey()))
                .updateExpression(confirmIt.expression())
                .conditionExpression(confirmIt.name("status") + " = :pending AND " + confirmIt.name(EXPIRES_AT) + " > :now")
                .expressionAttributeNames(confirmIt.names())
                .expressionAttributeValues(confirmIt.values())
                .build();
        Put keepToken = Put.builder().tableName(table).item(tokenItem(token.kept())).build();
        return transact(TransactWriteItem.builder().update(confirmSignature).build(),
                TransactWriteItem.builder().update(countChange(signature, 1, now)).build(),
                TransactWriteItem.builder().put(keepToken).build());
    }

    @Override
    public TransactionResult withdraw(StoredSignature signature, TokenRecord token, Instant now, Instant keepTokenUntil) {
        Put tombstone = Put.builder().tableName(table).item(tokenItem(token.tombstone(keepTokenUntil))).build();
        return remove(signature, Optional.of(TransactWriteItem.builder().put(tombstone).build()), now);
    }

    @Override
    public TransactionResult erase(StoredSignature signature, Instant now) {
        return remove(signature, Optional.empty(), now);
    }

    /** Deletes the signature if it is still in the state read, uncounting it if it was counted. */
    private TransactionResult remove(StoredSignature signature, Optional<TransactWriteItem> alongside, Instant now) {
        Delete deleteSignature = Delete.builder().tableName(table)
                .key(signature(signature.petitionId(), signature.signerKey()))
                .conditionExpression("#status = :status")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":status", s(signature.status().code())))
                .build();
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().delete(deleteSignature).build());
        if (signature.status() == SignatureStatus.CONFIRMED) {
            items.add(TransactWriteItem.builder().update(countChange(signature, -1, now)).build());
        }
        alongside.ifPresent(items::add);
        return transact(items.toArray(TransactWriteItem[]::new));
    }

    @Override
    public boolean anonymise(String petitionId, String signerKey, Instant now) {
        UpdateExpression update = new UpdateExpression()
                .remove("rosterName").remove("name").remove("city").remove("postalCode").remove("comment").remove("email")
                // The mission stays, as the country does: the per-mission counts need it; the region it came from goes.
                .remove("region")
                .set("updates", bool(false))
                .set("displayName", s(DisplayName.ANONYMOUS.code()))
                .set("anonymisedAt", s(now.toString()));
        return updateIf(signature(petitionId, signerKey), update, "attribute_exists(pk)");
    }

    /**
     * Adds {@code delta} to the total, the signer's country and (when assigned) the signer's mission, on the signer's
     * shard ({@link CounterShards}): the mission is counted exactly as the country is (issue 14).
     */
    private Update countChange(StoredSignature signature, int delta, Instant now) {
        int shard = CounterShards.forSigner(signature.signerKey(), counterShards);
        UpdateExpression change = new UpdateExpression()
                .add("total", n(delta))
                .add(COUNTRY_PREFIX + signature.country(), n(delta))
                .set("updatedAt", s(now.toString()));
        signature.missionId().ifPresent(mission -> change.add(MISSION_PREFIX + mission, n(delta)));
        return Update.builder().tableName(table)
                .key(counterShard(signature.petitionId(), shard))
                .updateExpression(change.expression())
                .expressionAttributeNames(change.names())
                .expressionAttributeValues(change.values())
                .build();
    }

    private TransactionResult transact(TransactWriteItem... items) {
        try {
            dynamo.transactWriteItems(b -> b.transactItems(items));
            return TransactionResult.APPLIED;
        } catch (TransactionCanceledException e) {
            boolean conditionFailed = e.cancellationReasons().stream().map(CancellationReason::code)
                    .anyMatch("ConditionalCheckFailed"::equals);
            return conditionFailed ? TransactionResult.STALE : TransactionResult.RACED;
        }
    }

    @Override
    public Optional<String> claimNotification(String petitionId, String signerKey, String notificationId) {
        UpdateExpression update = new UpdateExpression().add("notified", AttributeValue.fromSs(List.of(notificationId)))
                .value(":yes", bool(true)).value(":id", s(notificationId));
        try {
            Map<String, AttributeValue> item = dynamo.updateItem(b -> b.tableName(table).key(signature(petitionId, signerKey))
                    .updateExpression(update.expression())
                    .conditionExpression(update.name("updates") + " = :yes AND attribute_exists(" + update.name("email")
                            + ") AND NOT contains(" + update.name("notified") + ", :id)")
                    .expressionAttributeNames(update.names())
                    .expressionAttributeValues(update.values())
                    .returnValues(ReturnValue.ALL_NEW)).attributes();
            return optionalString(item, "email");
        } catch (ConditionalCheckFailedException notDue) {
            return Optional.empty();
        }
    }

    @Override
    public boolean unsubscribe(String petitionId, String signerKey) {
        UpdateExpression update = new UpdateExpression().set("updates", bool(false)).remove("email");
        return updateIf(signature(petitionId, signerKey), update, "attribute_exists(pk)");
    }

    @Override
    public void putToken(TokenRecord token) {
        dynamo.putItem(b -> b.tableName(table).item(tokenItem(token)));
    }

    private static Map<String, AttributeValue> tokenItem(TokenRecord token) {
        Map<String, AttributeValue> item = new HashMap<>(token(token.selector()));
        item.put("type", s("token"));
        item.put("verifierHash", s(token.verifierHash()));
        item.put("petitionId", s(token.petitionId()));
        if (!token.signerKey().isEmpty()) {
            item.put("signerKey", s(token.signerKey()));
        }
        item.put("lang", s(token.language().code()));
        token.expiresAt().ifPresent(at -> item.put(EXPIRES_AT, epochSeconds(at)));
        if (token.withdrawn()) {
            item.put("withdrawn", bool(true));
        }
        if (token.purpose() == TokenRecord.Purpose.UNSUBSCRIBE) {
            item.put("purpose", s("unsubscribe"));
        }
        token.signedAt().ifPresent(at -> item.put("signedAt", s(at.toString())));
        return item;
    }

    private static Map<String, AttributeValue> signatureItem(StoredSignature signature) {
        Map<String, AttributeValue> item = new HashMap<>(signature(signature.petitionId(), signature.signerKey()));
        item.put("type", s("signature"));
        item.put("petitionId", s(signature.petitionId()));
        item.put("signerKey", s(signature.signerKey()));
        item.put("status", s(signature.status().code()));
        item.put("name", s(signature.name()));
        putIfPresent(item, "email", signature.email());
        item.put("country", s(signature.country()));
        putIfPresent(item, "city", signature.city());
        putIfPresent(item, "postalCode", signature.postalCode());
        putIfPresent(item, "comment", signature.comment());
        item.put("lang", s(signature.language().code()));
        item.put("displayName", s(signature.displayName().code()));
        item.put("updates", bool(signature.updates()));
        item.put("createdAt", s(signature.createdAt().toString()));
        signature.expiresAt().ifPresent(at -> item.put(EXPIRES_AT, epochSeconds(at)));
        item.put("emailsSent", n(signature.emailsSent()));
        putIfPresent(item, "region", signature.region());
        putIfPresent(item, "missionId", signature.missionId());
        return item;
    }

    static StoredSignature toSignature(Map<String, AttributeValue> item) {
        DisplayName displayName = DisplayName.fromCode(string(item, "displayName")).orElse(DisplayName.DEFAULT);
        String name = optionalString(item, "name").or(() -> optionalString(item, "rosterName")).orElse("");
        return new StoredSignature(string(item, "petitionId"), string(item, "signerKey"),
                SignatureStatus.fromCode(string(item, "status")), name, optionalString(item, "email"),
                string(item, "country"), optionalString(item, "city"), optionalString(item, "postalCode"),
                optionalString(item, "comment"), Language.fromCode(string(item, "lang")).orElse(Language.DEFAULT),
                displayName, flag(item, "updates"), Instant.parse(string(item, "createdAt")),
                optionalInstant(item, "confirmedAt"), optionalEpochSeconds(item, EXPIRES_AT),
                (int) number(item, "emailsSent"), optionalString(item, "region"), optionalString(item, "missionId"));
    }
}
