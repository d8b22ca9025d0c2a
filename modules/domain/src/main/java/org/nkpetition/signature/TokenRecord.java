package org.nkpetition.signature;

import java.time.Instant;
import java.util.Optional;
import org.nkpetition.domain.Language;

/**
 * What a link's selector points at; only the hash of its verifier is kept. The same token confirms
 * and, later, withdraws. After a withdrawal it stays as a tombstone (no signer key) so the link can
 * still answer "already withdrawn".
 *
 * @param signedAt when the signature this link was issued for was made ({@link StoredSignature#createdAt()}):
 *                 a link acts only on that signature, never on a later one by the same address
 *                 (docs/adr/0043); empty for links issued before this was recorded
 */
public record TokenRecord(
        String selector,
        String verifierHash,
        String petitionId,
        String signerKey,
        Language language,
        Optional<Instant> expiresAt,
        boolean withdrawn,
        Purpose purpose,
        Optional<Instant> signedAt) {

    public TokenRecord(String selector, String verifierHash, String petitionId, String signerKey, Language language,
            Optional<Instant> expiresAt, boolean withdrawn, Purpose purpose) {
        this(selector, verifierHash, petitionId, signerKey, language, expiresAt, withdrawn, purpose, Optional.empty());
    }

    /** Whether this link was issued for that signature (and not for an earlier one by the same address). */
    public boolean isFor(StoredSignature signature) {
        return signedAt.map(at -> at.equals(signature.createdAt())).orElse(true);
    }

    /** The same link, bound to the signature made at {@code createdAt}. */
    public TokenRecord boundTo(Instant createdAt) {
        return new TokenRecord(selector, verifierHash, petitionId, signerKey, language, expiresAt, withdrawn, purpose,
                Optional.of(createdAt));
    }

    /** What a link may do: a signature link confirms and withdraws; an unsubscribe link only unsubscribes. */
    public enum Purpose {
        SIGNATURE, UNSUBSCRIBE
    }

    /** Expired from its expiry instant on, as {@link StoredSignature#isExpired} and the store's conditions. */
    public boolean isExpired(Instant now) {
        return expiresAt.map(at -> !now.isBefore(at)).orElse(false);
    }

    /** The same token, kept without an expiry once its signature is confirmed (it will withdraw it). */
    public TokenRecord kept() {
        return new TokenRecord(selector, verifierHash, petitionId, signerKey, language, Optional.empty(), false, purpose,
                signedAt);
    }

    /** What is left of the token once its signature is withdrawn: nothing that identifies the signer. */
    public TokenRecord tombstone(Instant keepUntil) {
        return new TokenRecord(selector, verifierHash, petitionId, "", language, Optional.of(keepUntil), true, purpose,
                signedAt);
    }
}
