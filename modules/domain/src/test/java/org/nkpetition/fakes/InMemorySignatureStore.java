package org.nkpetition.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.nkpetition.count.CountStore;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.ConfirmedSignatures;
import org.nkpetition.signature.DisplayName;
import org.nkpetition.signature.SignatureStatus;
import org.nkpetition.signature.SignatureStore;
import org.nkpetition.signature.StoredSignature;
import org.nkpetition.signature.TokenRecord;
import org.nkpetition.signature.TransactionResult;

/**
 * The signatures table in memory: signatures, link tokens and counters in one store, as in
 * DynamoDB ({@code DynamoDbSignatureStore}, {@code DynamoDbCountStore}, {@code DynamoDbConfirmedSignatures}),
 * so a confirmation changes the signature, the counters and the token atomically. Every method is
 * synchronized: one call is one atomic, conditional write, like a DynamoDB item write or transaction.
 *
 * <p>It keeps what the adapter keeps and nothing more, with the same conditions (same second
 * resolution for expiry times, stored as epoch seconds), so domain tests on it see what they would
 * see on DynamoDB; {@code SignatureStoreContract} holds both to the same behaviour. For tests, it can
 * answer the next transactions with {@link TransactionResult#RACED} ({@link #conflictNext}), and
 * shows what it holds ({@link #rows}, {@link #tokens}).
 */
public final class InMemorySignatureStore implements SignatureStore, CountStore, ConfirmedSignatures {

    /** A signature as stored: absent attributes are empty, as in the DynamoDB item. */
    public record Row(String petitionId, String signerKey, SignatureStatus status, Optional<String> name,
            Optional<String> rosterName, Optional<String> email, String country, Optional<String> city,
            Optional<String> postalCode, Optional<String> comment, String language, String displayName,
            boolean updates, Instant createdAt, Optional<Instant> confirmedAt, Optional<Long> expiresAtEpochSecond,
            int emailsSent, Set<String> notified, Optional<Instant> anonymisedAt, Optional<String> region,
            Optional<String> missionId) {

        /** Every text this row holds, for tests that look for personal data anywhere in it. */
        public List<String> texts() {
            List<String> texts = new ArrayList<>(List.of(petitionId, signerKey, country, language, displayName));
            for (Optional<String> value : List.of(name, rosterName, email, city, postalCode, comment)) {
                value.ifPresent(texts::add);
            }
            texts.addAll(notified);
            region.ifPresent(texts::add);
            missionId.ifPresent(texts::add);
            return texts;
        }
    }

    private record Counter(long total, Map<String, Long> byCountry, Optional<Instant> updatedAt,
            Map<String, Long> byMission) {
    }

    private final Map<String, Row> signatures = new LinkedHashMap<>();
    private final Map<String, TokenRecord> tokens = new LinkedHashMap<>();
    private final Map<String, Counter> counters = new HashMap<>();
    private int conflicts;

    private static String key(String petitionId, String signerKey) {
        return petitionId + "#" + signerKey;
    }

    private static Optional<Long> seconds(Optional<Instant> at) {
        return at.map(Instant::getEpochSecond);
    }

    @Override
    public synchronized boolean createPending(StoredSignature signature, TokenRecord token, Instant now) {
        Row existing = signatures.get(key(signature.petitionId(), signature.signerKey()));
        boolean replaceable = existing == null || existing.status() == SignatureStatus.PENDING
                && existing.expiresAtEpochSecond().map(at -> at < now.getEpochSecond()).orElse(false);
        if (!replaceable) {
            return false;
        }
        signatures.put(key(signature.petitionId(), signature.signerKey()), new Row(signature.petitionId(),
                signature.signerKey(), signature.status(), Optional.of(signature.name()), Optional.empty(),
                signature.email(), signature.country(), signature.city(), signature.postalCode(), signature.comment(),
                signature.language().code(), signature.displayName().code(), signature.updates(), signature.createdAt(),
                Optional.empty(), seconds(signature.expiresAt()), signature.emailsSent(), Set.of(), Optional.empty(),
                signature.region(), signature.missionId()));
        putToken(token);
        return true;
    }

    @Override
    public synchronized Optional<StoredSignature> find(String petitionId, String signerKey) {
        return Optional.ofNullable(signatures.get(key(petitionId, signerKey))).map(InMemorySignatureStore::toSignature);
    }

    private static StoredSignature toSignature(Row row) {
        return new StoredSignature(row.petitionId(), row.signerKey(), row.status(),
                row.name().or(row::rosterName).orElse(""), row.email(), row.country(), row.city(), row.postalCode(),
                row.comment(), org.nkpetition.domain.Language.fromCode(row.language()).orElse(org.nkpetition.domain.Language.DEFAULT),
                DisplayName.fromCode(row.displayName()).orElse(DisplayName.DEFAULT), row.updates(), row.createdAt(),
                row.confirmedAt(), row.expiresAtEpochSecond().map(Instant::ofEpochSecond), row.emailsSent(), row.region(),
                row.missionId());
    }

    @Override
    public synchronized boolean refreshPending(StoredSignature updated, TokenRecord token, int maxEmails, Instant now) {
        String key = key(updated.petitionId(), updated.signerKey());
        Row row = signatures.get(key);
        if (row == null || row.status() != SignatureStatus.PENDING || row.emailsSent() >= maxEmails) {
            return false;
        }
        // Only the life is extended: the first details win (docs/adr/0043); the mailer counts the email.
        signatures.put(key, new Row(row.petitionId(), row.signerKey(), row.status(), row.name(),
                row.rosterName(), row.email(), row.country(), row.city(), row.postalCode(),
                row.comment(), row.language(), row.displayName(), row.updates(),
                row.createdAt(), row.confirmedAt(), seconds(Optional.of(updated.expiresAt().orElseThrow())),
                row.emailsSent(), row.notified(), row.anonymisedAt(), row.region(), row.missionId()));
        putToken(token);
        return true;
    }

    @Override
    public synchronized boolean countEmail(String petitionId, String signerKey, int maxEmails) {
        Row row = signatures.get(key(petitionId, signerKey));
        if (row == null || row.emailsSent() >= maxEmails) {
            return false;
        }
        signatures.put(key(petitionId, signerKey), withEmailsSent(row, row.emailsSent() + 1));
        return true;
    }

    @Override
    public synchronized void uncountEmail(String petitionId, String signerKey) {
        Row row = signatures.get(key(petitionId, signerKey));
        if (row != null && row.emailsSent() > 0) {
            signatures.put(key(petitionId, signerKey), withEmailsSent(row, row.emailsSent() - 1));
        }
    }

    private static Row withEmailsSent(Row row, int emailsSent) {
        return new Row(row.petitionId(), row.signerKey(), row.status(), row.name(), row.rosterName(), row.email(),
                row.country(), row.city(), row.postalCode(), row.comment(), row.language(), row.displayName(),
                row.updates(), row.createdAt(), row.confirmedAt(), row.expiresAtEpochSecond(), emailsSent,
                row.notified(), row.anonymisedAt(), row.region(), row.missionId());
    }

    @Override
    public synchronized Optional<TokenRecord> findToken(String selector) {
        return Optional.ofNullable(tokens.get(selector));
    }

    @Override
    public synchronized TransactionResult confirm(StoredSignature signature, TokenRecord token, Instant now) {
        if (conflicts > 0) {
            conflicts--;
            return TransactionResult.RACED;
        }
        String key = key(signature.petitionId(), signature.signerKey());
        Row row = signatures.get(key);
        boolean pendingAndLive = row != null && row.status() == SignatureStatus.PENDING
                && row.expiresAtEpochSecond().map(at -> at > now.getEpochSecond()).orElse(false);
        if (!pendingAndLive) {
            return TransactionResult.STALE;
        }
        // As the adapter: the typed name goes, only the name as the signer wants it delivered stays.
        Optional<String> rosterName = DisplayName.fromCode(row.displayName()).orElse(DisplayName.DEFAULT)
                .render(row.name().orElse(""));
        signatures.put(key, new Row(row.petitionId(), row.signerKey(), SignatureStatus.CONFIRMED, Optional.empty(),
                rosterName, row.email(), row.country(), row.city(), row.postalCode(), row.comment(), row.language(),
                row.displayName(), row.updates(), row.createdAt(), Optional.of(now), Optional.empty(), row.emailsSent(),
                row.notified(), row.anonymisedAt(), row.region(), row.missionId()));
        count(signature.petitionId(), row.country(), row.missionId(), 1, now);
        tokens.put(token.selector(), token.kept());
        return TransactionResult.APPLIED;
    }

    @Override
    public synchronized TransactionResult withdraw(StoredSignature signature, TokenRecord token, Instant now,
            Instant keepTokenUntil) {
        TransactionResult result = remove(signature, now);
        if (result == TransactionResult.APPLIED) {
            TokenRecord tombstone = token.tombstone(keepTokenUntil);
            tokens.put(token.selector(), new TokenRecord(tombstone.selector(), tombstone.verifierHash(),
                    tombstone.petitionId(), tombstone.signerKey(), tombstone.language(),
                    tombstone.expiresAt().map(at -> Instant.ofEpochSecond(at.getEpochSecond())), true, tombstone.purpose()));
        }
        return result;
    }

    @Override
    public synchronized TransactionResult erase(StoredSignature signature, Instant now) {
        return remove(signature, now);
    }

    private TransactionResult remove(StoredSignature signature, Instant now) {
        if (conflicts > 0) {
            conflicts--;
            return TransactionResult.RACED;
        }
        String key = key(signature.petitionId(), signature.signerKey());
        Row row = signatures.get(key);
        if (row == null || row.status() != signature.status()) {
            return TransactionResult.STALE;
        }
        signatures.remove(key);
        if (row.status() == SignatureStatus.CONFIRMED) {
            count(signature.petitionId(), row.country(), row.missionId(), -1, now);
        }
        return TransactionResult.APPLIED;
    }

    @Override
    public synchronized boolean anonymise(String petitionId, String signerKey, Instant now) {
        Row row = signatures.get(key(petitionId, signerKey));
        if (row == null) {
            return false;
        }
        signatures.put(key(petitionId, signerKey), new Row(row.petitionId(), row.signerKey(), row.status(),
                Optional.empty(), Optional.empty(), Optional.empty(), row.country(), Optional.empty(), Optional.empty(),
                Optional.empty(), row.language(), DisplayName.ANONYMOUS.code(), false, row.createdAt(), row.confirmedAt(),
                row.expiresAtEpochSecond(), row.emailsSent(), row.notified(), Optional.of(now), Optional.empty(),
                row.missionId()));
        return true;
    }

    @Override
    public synchronized void putToken(TokenRecord token) {
        // Kept as DynamoDB keeps it: expiry to the second.
        tokens.put(token.selector(), new TokenRecord(token.selector(), token.verifierHash(), token.petitionId(),
                token.signerKey(), token.language(), token.expiresAt().map(at -> Instant.ofEpochSecond(at.getEpochSecond())),
                token.withdrawn(), token.purpose()));
    }

    @Override
    public synchronized Optional<String> claimNotification(String petitionId, String signerKey, String notificationId) {
        Row row = signatures.get(key(petitionId, signerKey));
        if (row == null || !row.updates() || row.email().isEmpty() || row.notified().contains(notificationId)) {
            return Optional.empty();
        }
        Set<String> notified = new HashSet<>(row.notified());
        notified.add(notificationId);
        signatures.put(key(petitionId, signerKey), new Row(row.petitionId(), row.signerKey(), row.status(), row.name(),
                row.rosterName(), row.email(), row.country(), row.city(), row.postalCode(), row.comment(), row.language(),
                row.displayName(), row.updates(), row.createdAt(), row.confirmedAt(), row.expiresAtEpochSecond(),
                row.emailsSent(), Set.copyOf(notified), row.anonymisedAt(), row.region(), row.missionId()));
        return row.email();
    }

    @Override
    public synchronized boolean unsubscribe(String petitionId, String signerKey) {
        Row row = signatures.get(key(petitionId, signerKey));
        if (row == null) {
            return false;
        }
        signatures.put(key(petitionId, signerKey), new Row(row.petitionId(), row.signerKey(), row.status(), row.name(),
                row.rosterName(), Optional.empty(), row.country(), row.city(), row.postalCode(), row.comment(),
                row.language(), row.displayName(), false, row.createdAt(), row.confirmedAt(), row.expiresAtEpochSecond(),
                row.emailsSent(), row.notified(), row.anonymisedAt(), row.region(), row.missionId()));
        return true;
    }

    // --- ConfirmedSignatures: the sparse index, in confirmation order, without email addresses.

    @Override
    public synchronized Stream<ConfirmedSignature> of(String petitionId) {
        List<ConfirmedSignature> confirmed = signatures.values().stream()
                .filter(row -> row.petitionId().equals(petitionId) && row.confirmedAt().isPresent())
                .sorted(Comparator.comparing((Row row) -> row.confirmedAt().orElseThrow().toString() + "#" + row.signerKey()))
                .map(row -> new ConfirmedSignature(row.petitionId(), row.signerKey(), row.rosterName(),
                        DisplayName.fromCode(row.displayName()).orElse(DisplayName.DEFAULT), row.country(), row.city(),
                        row.comment(), row.confirmedAt().orElseThrow(),
                        org.nkpetition.domain.Language.fromCode(row.language()).orElse(org.nkpetition.domain.Language.DEFAULT),
                        row.updates(), row.missionId()))
                .toList();
        return confirmed.stream();
    }

    // --- CountStore: one counter per petition (shards add nothing to the semantics).

    @Override
    public synchronized PetitionCount read(String petitionId) {
        Counter counter = counters.get(petitionId);
        if (counter == null) {
            return PetitionCount.zero(petitionId);
        }
        Map<String, Long> byCountry = new HashMap<>(counter.byCountry());
        byCountry.values().removeIf(count -> count == 0);
        Map<String, Long> byMission = new HashMap<>(counter.byMission());
        byMission.values().removeIf(count -> count == 0);
        return new PetitionCount(petitionId, counter.total(), byCountry, counter.updatedAt(), byMission);
    }

    @Override
    public synchronized void adjust(String petitionId, long totalDelta, Map<String, Long> countryDeltas,
            Map<String, Long> missionDeltas) {
        Counter counter = counters.getOrDefault(petitionId, new Counter(0, Map.of(), Optional.empty(), Map.of()));
        Map<String, Long> byCountry = new HashMap<>(counter.byCountry());
        countryDeltas.forEach((country, delta) -> byCountry.merge(country, delta, Long::sum));
        Map<String, Long> byMission = new HashMap<>(counter.byMission());
        missionDeltas.forEach((mission, delta) -> byMission.merge(mission, delta, Long::sum));
        counters.put(petitionId, new Counter(counter.total() + totalDelta, byCountry, Optional.of(Instant.now()), byMission));
    }

    private void count(String petitionId, String country, Optional<String> missionId, int delta, Instant now) {
        Counter counter = counters.getOrDefault(petitionId, new Counter(0, Map.of(), Optional.empty(), Map.of()));
        Map<String, Long> byCountry = new HashMap<>(counter.byCountry());
        byCountry.merge(country, (long) delta, Long::sum);
        Map<String, Long> byMission = new HashMap<>(counter.byMission());
        missionId.ifPresent(mission -> byMission.merge(mission, (long) delta, Long::sum));
        Instant updatedAt = counter.updatedAt().filter(at -> at.isAfter(now)).orElse(now);
        counters.put(petitionId, new Counter(counter.total() + delta, byCountry, Optional.of(updatedAt), byMission));
    }

    // --- For tests.

    /** The next {@code times} confirm, withdraw or erase transactions fail as if another one raced them. */
    public synchronized void conflictNext(int times) {
        conflicts = times;
    }

    /** The signatures held, as stored. */
    public synchronized List<Row> rows() {
        return List.copyOf(signatures.values());
    }

    /** The link tokens held, as stored (only verifier hashes). */
    public synchronized List<TokenRecord> tokens() {
        return List.copyOf(tokens.values());
    }

    /** Whether nothing at all is held: no signature, token or counter. */
    public synchronized boolean isEmpty() {
        return signatures.isEmpty() && tokens.isEmpty() && counters.isEmpty();
    }
}
