package org.nkpetition.signature;

import java.time.Instant;
import java.util.Optional;
import org.nkpetition.domain.Destination;
import org.nkpetition.domain.Language;

/**
 * Where signatures go (port, issue 14): the mission a signer is assigned to when signing, and what to tell them
 * about it. The implementation reads the stored missions and deliveries ({@code org.nkpetition.deliveries.LivePlaces});
 * {@link #NONE} assigns nothing (tools and tests that predate missions).
 */
public interface SignaturePlaces {
    /**
     * The mission id for a signer in {@code country} (ISO 3166-1 alpha-2) with the optional {@code region}
     * (ISO 3166-2, already validated against the country); empty when the country has no active mission.
     */
    Optional<String> missionFor(String country, Optional<String> region);

    /** The mission {@code missionId} in {@code language}, with the petition's next delivery there after {@code now}. */
    Optional<Destination> destination(String petitionId, String missionId, Language language, Instant now);

    SignaturePlaces NONE = new SignaturePlaces() {
        @Override
        public Optional<String> missionFor(String country, Optional<String> region) {
            return Optional.empty();
        }

        @Override
        public Optional<Destination> destination(String petitionId, String missionId, Language language, Instant now) {
            return Optional.empty();
        }
    };
}
