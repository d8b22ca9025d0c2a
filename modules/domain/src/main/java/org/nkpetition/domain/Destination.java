package org.nkpetition.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a signer's signature goes, as we tell them on the thank-you page and in the confirmation email (issue 14):
 * public facts only.
 *
 * @param missionId   the mission's id ("us-chicago")
 * @param missionName the mission's name in the reader's language (English when no translation)
 * @param city        the mission's city, in English as organisers write it
 * @param date        the next planned delivery of the petition at that mission (local calendar), if one is planned
 */
public record Destination(String missionId, String missionName, String city, Optional<LocalDate> date) {
    public Destination {
        Objects.requireNonNull(missionId);
        Objects.requireNonNull(missionName);
        Objects.requireNonNull(city);
        date = date == null ? Optional.empty() : date;
    }
}
