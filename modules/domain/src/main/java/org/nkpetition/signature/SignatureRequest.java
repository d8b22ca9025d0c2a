package org.nkpetition.signature;

import java.util.Optional;
import org.nkpetition.domain.Language;

/**
 * A signature as a signer submitted it, already validated. {@code region} is an ISO 3166-2 code of {@code country}
 * ("US-IL"), checked against the bundled subset ({@link org.nkpetition.missions.Subdivisions}); empty when not given.
 */
public record SignatureRequest(
        String name,
        String email,
        String country,
        Optional<String> city,
        Optional<String> postalCode,
        Optional<String> comment,
        Language language,
        DisplayName displayName,
        boolean updates,
        Optional<String> region) {

    public SignatureRequest {
        region = region == null ? Optional.empty() : region;
    }

    /** Without a region (signers of countries with one mission, and callers written before regions). */
    public SignatureRequest(String name, String email, String country, Optional<String> city, Optional<String> postalCode,
            Optional<String> comment, Language language, DisplayName displayName, boolean updates) {
        this(name, email, country, city, postalCode, comment, language, displayName, updates, Optional.empty());
    }
}
