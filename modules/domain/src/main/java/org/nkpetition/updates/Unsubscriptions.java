package org.nkpetition.updates;

import java.util.Optional;
import org.nkpetition.security.SecretToken;
import org.nkpetition.signature.SignatureStore;
import org.nkpetition.signature.TokenRecord;

/**
 * The unsubscribe links of update emails (RFC 8058 one-click, or the page with the button): a valid
 * link stops updates for its signer and forgets their address; anything else changes nothing.
 */
public final class Unsubscriptions {
    private final SignatureStore signatures;

    public Unsubscriptions(SignatureStore signatures) {
        this.signatures = signatures;
    }

    /** What an unsubscribe link did. */
    public enum Outcome {
        UNSUBSCRIBED, INVALID
    }

    /** The valid unsubscribe link's record, for the page with the button; empty for anything else (null too). */
    public Optional<TokenRecord> link(String tokenText) {
        Optional<SecretToken> token = SecretToken.parse(tokenText);
        return token.flatMap(t -> signatures.findToken(t.selector()))
                .filter(r -> r.purpose() == TokenRecord.Purpose.UNSUBSCRIBE && token.get().matches(r.verifierHash()));
    }

    /** Stops updates for the link's signer and forgets their address; repeating it is harmless. */
    public Outcome unsubscribe(String tokenText) {
        Optional<TokenRecord> record = link(tokenText);
        if (record.isEmpty()) {
            return Outcome.INVALID;
        }
        signatures.unsubscribe(record.get().petitionId(), record.get().signerKey());
        return Outcome.UNSUBSCRIBED;
    }
}
