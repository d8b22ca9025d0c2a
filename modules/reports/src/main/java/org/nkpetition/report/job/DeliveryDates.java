package org.nkpetition.report.job;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.nkpetition.domain.Petition;
import org.nkpetition.report.request.Cutoff;

/**
 * When a petition's reports are due: 09:00 in the petition's time zone on each delivery date
 * (24 September and 10 December unless the petition says otherwise).
 */
public final class DeliveryDates {
    public static final LocalTime DELIVERY_TIME = LocalTime.of(9, 0);

    private DeliveryDates() {
    }

    /**
     * The latest delivery moment at or before {@code asOf}, if it is no older than {@code window}:
     * the cut-off a scheduled run should produce. Looks at this year and the last, so a run on
     * 1 January still sees 10 December.
     */
    public static Optional<Cutoff> latest(Petition petition, Instant asOf, Duration window) {
        int year = asOf.atZone(petition.timeZone()).getYear();
        Instant latest = null;
        for (int y = year - 1; y <= year; y++) {
            for (MonthDay day : petition.deliveryDates()) {
                Instant delivery = ZonedDateTime.of(day.atYear(y), DELIVERY_TIME, petition.timeZone()).toInstant();
                if (!delivery.isAfter(asOf) && (latest == null || delivery.isAfter(latest))) {
                    latest = delivery;
                }
            }
        }
        if (latest == null || Duration.between(latest, asOf).compareTo(window) > 0) {
            return Optional.empty();
        }
        return Optional.of(Cutoff.of(latest));
    }
}
