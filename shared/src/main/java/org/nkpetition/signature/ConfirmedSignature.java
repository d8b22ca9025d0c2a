package org.nkpetition.signature;

import java.time.Instant;
import java.util.Optional;
import org.nkpetition.domain.Language;

/**
 * A counted signature as reports, exports and recounts see it: the name only as the signer chose
 * it to be delivered (empty for anonymous), never an email address.
 */
public record ConfirmedSignature(
        String petitionId,
        String signerKey,
        Optional<String> rosterName,
        DisplayName displayName,
        String country,
        Optional<String> city,
        Optional<String> comment,
        Instant confirmedAt,
        Language language,
        boolean updates) {
}
