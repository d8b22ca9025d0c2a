package org.nkpetition.report.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.nkpetition.missions.Mission;

/**
 * One delivery packet of a report, written as {@code packet-{key}.pdf|html|csv}.
 * <ul>
 * <li>a <b>mission packet</b> ({@code key} = the mission id, such as {@code us-chicago}): the signers assigned
 *     to a mission that has a delivery on the report's delivery date (issue 14, item 4);</li>
 * <li>a <b>country packet</b> ({@code key} = ISO 3166-1 alpha-2 code, such as {@code FR}): the signers of that
 *     country whose mission has no delivery that day, or whose country has no mission at all.</li>
 * </ul>
 * Never holds a coordinator's address: packets are listed in API answers and logs.
 *
 * @param key     the file-name part: a mission id ({@code [a-z][a-z0-9-]{2,63}}) or a country code
 * @param country ISO 3166-1 alpha-2 code of the signers in it (the mission's host country)
 * @param mission the mission and its delivery, for mission packets
 */
public record Packet(String key, String country, Optional<MissionDelivery> mission) {
    /** The mission receiving a packet, with the date and local time of its delivery. */
    public record MissionDelivery(Mission mission, LocalDate date, LocalTime localTime) {
    }

    public static Packet country(String country) {
        return new Packet(country, country, Optional.empty());
    }

    public static Packet mission(MissionDelivery delivery) {
        return new Packet(delivery.mission().id(), delivery.mission().country(), Optional.of(delivery));
    }

    public boolean isMission() {
        return mission.isPresent();
    }

    /** The file name without extension: {@code packet-us-chicago}, {@code packet-FR}. */
    public String fileStem() {
        return "packet-" + key;
    }
}
