package org.nkpetition.signature;

import java.time.Instant;
import java.util.Optional;
import org.nkpetition.domain.Language;

/**
 * A signature as kept. {@code signerKey} is a keyed hash of the petition and the canonical email:
 * it finds duplicates without keeping the address. The address itself is kept only for signers who
 * asked for updates. {@code region} is the ISO 3166-2 code the signer gave (if any); {@code missionId} the mission
 * assigned at signing ({@link org.nkpetition.missions.MissionAssignment}), empty when the country has none: the
 * confirmation counts it per mission, a withdrawal uncounts it from the same one.
 */
public record StoredSignature(
        String petitionId,
        String signerKey,
        SignatureStatus status,
        String name,
        Optional<String> email,
        String country,
        Optional<String> city,
        Optional<String> postalCode,
        Optional<String> comment,
        Language language,
        DisplayName displayName,
        boolean updates,
        Instant createdAt,
        Optional<Instant> confirmedAt,
        Optional<Instant> expiresAt,
        int emailsSent,
        Optional<String> region,
        Optional<String> missionId) {

    public StoredSignature {
        region = region == null ? Optional.empty() : region;
        missionId = missionId == null ? Optional.empty() : missionId;
    }

    /** Without region and mission (signatures stored before missions existed). */
    public StoredSignature(String petitionId, String signerKey, SignatureStatus status, String name,
            Optional<String> email, String country, Optional<String> city, Optional<String> postalCode,
            Optional<String> comment, Language language, DisplayName displayName, boolean updates, Instant createdAt,
            Optional<Instant> confirmedAt, Optional<Instant> expiresAt, int emailsSent) {
        this(petitionId, signerKey, status, name, email, country, city, postalCode, comment, language, displayName,
                updates, createdAt, confirmedAt, expiresAt, emailsSent, Optional.empty(), Optional.empty());
    }

    /**
     * Expired from its expiry instant on: the store's conditions ({@code expiresAt > now}, to the
     * second) refuse a confirmation at that instant, so the rule here must agree or a confirmation
     * at the expiry second retries until it reports a busy store.
     */
    public boolean isExpired(Instant now) {
        return status == SignatureStatus.PENDING && expiresAt.map(at -> !now.isBefore(at)).orElse(false);
    }

    static StoredSignature pending(String petitionId, String signerKey, SignatureRequest request,
            Optional<String> missionId, Instant now, Instant expiresAt) {
        return new StoredSignature(petitionId, signerKey, SignatureStatus.PENDING, request.name(),
                request.updates() ? Optional.of(request.email().trim()) : Optional.empty(),
                request.country(), request.city(), request.postalCode(), request.comment(), request.language(),
                request.displayName(), request.updates(), now, Optional.empty(), Optional.of(expiresAt), 0,
                request.region(), missionId);
    }
}
