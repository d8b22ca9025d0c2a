package org.nkpetition.signature;

import java.time.Instant;
import java.util.Optional;
import org.nkpetition.domain.Language;

/**
 * A counted signature as reports, exports and recounts see it: the name only as the signer chose
 * it to be delivered (empty for anonymous), never an email address. {@code missionId} is the
 * mission the signature was assigned to when signing (item attribute {@code missionId}; issue 14),
 * empty when the signer's country has no mission or the signature predates assignment (see
 * {@link MissionFallback}, which fills it for reports).
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
        boolean updates,
        Optional<String> missionId) {
    public ConfirmedSignature {
        missionId = missionId == null ? Optional.empty() : missionId;
    }

    /** A signature read without a mission (stored before missions, or a reader that does not know them). */
    public ConfirmedSignature(String petitionId, String signerKey, Optional<String> rosterName, DisplayName displayName,
            String country, Optional<String> city, Optional<String> comment, Instant confirmedAt, Language language,
            boolean updates) {
        this(petitionId, signerKey, rosterName, displayName, country, city, comment, confirmedAt, language, updates,
                Optional.empty());
    }

    /** The same signature assigned to {@code mission}. */
    public ConfirmedSignature withMission(Optional<String> mission) {
        return new ConfirmedSignature(petitionId, signerKey, rosterName, displayName, country, city, comment, confirmedAt,
                language, updates, mission);
    }
}
