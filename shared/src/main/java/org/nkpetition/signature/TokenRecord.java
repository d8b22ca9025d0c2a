package org.nkpetition.signature;

import java.time.Instant;
import java.util.Optional;
import org.nkpetition.domain.Language;

/** What a confirmation link's selector points at; only the hash of its verifier is kept. */
public record TokenRecord(
        String selector,
        String verifierHash,
        String petitionId,
        String signerKey,
        Language language,
        Optional<Instant> expiresAt) {

    public boolean isExpired(Instant now) {
        return expiresAt.map(now::isAfter).orElse(false);
    }

    /** The same token, kept without an expiry once its signature is confirmed (it will withdraw it). */
    public TokenRecord kept() {
        return new TokenRecord(selector, verifierHash, petitionId, signerKey, language, Optional.empty());
    }
}
