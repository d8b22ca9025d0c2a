package org.nkpetition.report.generation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.deliveries.Delivery;
import org.nkpetition.missions.Mission;
import org.nkpetition.report.content.Packet;
import org.nkpetition.report.content.RosterEntry;
import org.nkpetition.report.request.Cutoff;

/**
 * Which packet a signer goes into (issue 14, item 4). A report is for the petition's <b>next delivery
 * day</b>: the earliest date among its deliveries on or after the cut-off's date in the petition's time
 * zone (the scheduled report's cut-off is 09:00 on the delivery date itself; an on-demand report a week
 * earlier prints the packets for the coming day). A signer whose mission is active and has a delivery that
 * day goes into that mission's packet; every other signer into their country's packet, as before missions.
 * Pure: built from the missions and deliveries read once per report.
 */
final class PacketRouting {
    private final Optional<LocalDate> day;
    private final Map<String, Packet> missionPackets = new HashMap<>();

    private PacketRouting(Optional<LocalDate> day, Map<String, Packet> missionPackets) {
        this.day = day;
        this.missionPackets.putAll(missionPackets);
    }

    /** No missions, no deliveries: country packets only. */
    static PacketRouting countriesOnly() {
        return new PacketRouting(Optional.empty(), Map.of());
    }

    /**
     * @param deliveries the petition's deliveries (any dates)
     * @param missions   every stored mission; deliveries naming an unknown or closed one are ignored
     */
    static PacketRouting of(List<Delivery> deliveries, List<Mission> missions, Cutoff cutoff, ZoneId petitionZone) {
        LocalDate from = LocalDate.ofInstant(cutoff.instant(), petitionZone);
        Optional<LocalDate> day = deliveries.stream().map(Delivery::date).filter(date -> !date.isBefore(from))
                .min(Comparator.naturalOrder());
        Map<String, Mission> byId = new HashMap<>();
        missions.forEach(mission -> byId.put(mission.id(), mission));
        Map<String, Packet> packets = new HashMap<>();
        for (Delivery delivery : deliveries) {
            Mission mission = byId.get(delivery.missionId());
            if (day.isPresent() && delivery.date().equals(day.get()) && mission != null && mission.active()) {
                packets.put(mission.id(), Packet.mission(new Packet.MissionDelivery(mission, delivery.date(),
                        delivery.localTime())));
            }
        }
        return new PacketRouting(day, packets);
    }

    /** The delivery day the mission packets are for; empty when the petition has none ahead. */
    Optional<LocalDate> day() {
        return day;
    }

    Packet route(RosterEntry signer) {
        return signer.missionId().map(missionPackets::get)
                // A mission id naming another country's mission (data written by hand) is not trusted.
                .filter(packet -> packet.country().equals(signer.country()))
                .orElseGet(() -> Packet.country(signer.country()));
    }
}
