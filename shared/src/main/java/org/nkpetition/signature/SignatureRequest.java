package org.nkpetition.signature;

import java.util.Optional;
import org.nkpetition.domain.Language;

/** A signature as a signer submitted it, already validated. */
public record SignatureRequest(
        String name,
        String email,
        String country,
        Optional<String> city,
        Optional<String> postalCode,
        Optional<String> comment,
        Language language,
        DisplayName displayName,
        boolean updates) {
}
