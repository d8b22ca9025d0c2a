package org.nkpetition.deliveries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nkpetition.domain.Language;
import org.nkpetition.missions.Mission;

/**
 * The public side of a petition's deliveries, as {@code GET /deliveries?petition={id}} answers in JSON:
 * {@code {"petitionId","deliveries":[{"date","missionId","mission":{"name","city","country"},"localTime",
 * "meetingPoint","signatures"}]}}, sorted by date then mission id. The coordinator's email is never part of
 * it. {@code signatures} is the confirmed count assigned to the mission (the counter shards' per-mission counts),
 * null only when the caller has no number for it. A delivery whose mission has since disappeared is left out.
 */
public final class PublicDeliveries {
    private PublicDeliveries() {
    }

    /**
     * @param missions          the stored missions by id
     * @param signaturesByMission confirmed signatures per mission id; missing ids give null
     * @param language          the language of the mission names (falls back to English)
     */
    public static Map<String, Object> body(String petitionId, List<Delivery> deliveries, Map<String, Mission> missions,
            Map<String, Long> signaturesByMission, Language language) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            Mission mission = missions.get(delivery.missionId());
            if (mission == null || !delivery.petitionId().equals(petitionId)) {
                continue;
            }
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("name", mission.names().in(language));
            place.put("city", mission.city());
            place.put("country", mission.country());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("date", delivery.date().toString());
            item.put("missionId", mission.id());
            item.put("mission", place);
            item.put("localTime", delivery.localTime().toString());
            item.put("meetingPoint", delivery.meetingPoint());
            item.put("signatures", signaturesByMission.get(mission.id()));
            list.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("petitionId", petitionId);
        body.put("deliveries", list);
        return body;
    }
}
