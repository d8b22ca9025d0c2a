package org.nkpetition.deliveries;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One petition delivered at one mission on one date.
 *
 * @param petitionId       the petition delivered
 * @param date             the delivery date, in the mission's local calendar
 * @param missionId        the mission receiving it (must exist, see {@link DeliveryCsv})
 * @param localTime        meeting time, local to the mission's city (no zone: the mission's city fixes it)
 * @param meetingPoint     where the public can join, as shown on the public deliveries page; may be empty
 * @param coordinatorEmail the local coordinator's address: receives the mission's packet, NEVER shown publicly;
 *                         may be empty until a volunteer is found
 * @param coordinatorLanguage the language code ("ko", "es", ...) the coordinator's packet email is written in; empty:
 *                         the packet's language (the mission country's, see the delivery report)
 */
public record Delivery(String petitionId, LocalDate date, String missionId, LocalTime localTime, String meetingPoint,
        String coordinatorEmail, String coordinatorLanguage) {
    public Delivery {
        Objects.requireNonNull(petitionId);
        Objects.requireNonNull(date);
        Objects.requireNonNull(missionId);
        Objects.requireNonNull(localTime);
        meetingPoint = meetingPoint == null ? "" : meetingPoint;
        coordinatorEmail = coordinatorEmail == null ? "" : coordinatorEmail;
        coordinatorLanguage = coordinatorLanguage == null ? "" : coordinatorLanguage;
    }

    /** A delivery whose coordinator gets the packet email in the packet's language. */
    public Delivery(String petitionId, LocalDate date, String missionId, LocalTime localTime, String meetingPoint,
            String coordinatorEmail) {
        this(petitionId, date, missionId, localTime, meetingPoint, coordinatorEmail, "");
    }

    /** What identifies a delivery: the petition, the date and the mission. */
    public record Key(String petitionId, LocalDate date, String missionId) {
    }

    public Key key() {
        return new Key(petitionId, date, missionId);
    }
}
