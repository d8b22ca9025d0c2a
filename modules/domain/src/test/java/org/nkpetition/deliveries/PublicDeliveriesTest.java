package org.nkpetition.deliveries;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;
import org.nkpetition.missions.Jurisdiction;
import org.nkpetition.missions.Mission;
import org.nkpetition.missions.MissionKind;
import org.nkpetition.missions.MissionNames;

class PublicDeliveriesTest {
    private static final Mission CHICAGO = new Mission("us-chicago", MissionKind.CONSULATE_GENERAL, "US", "Chicago",
            new MissionNames("Consulate-General in Chicago", "주시카고 중국총영사관", ""), "", Jurisdiction.of(Set.of("US-IL")),
            "test", false, true);
    private static final Delivery DAY = new Delivery("demo", LocalDate.of(2026, 9, 24), "us-chicago", LocalTime.of(11, 0),
            "Across the street", "coordinator@example.org");

    @Test
    void theDocumentedShapeInTheRequestLanguageWithoutTheCoordinator() throws Exception {
        Map<String, Object> body = PublicDeliveries.body("demo", List.of(DAY), Map.of("us-chicago", CHICAGO),
                Map.of("us-chicago", 12L), Language.KO);
        String json = new ObjectMapper().writeValueAsString(body);
        assertThat(json).isEqualTo("{\"petitionId\":\"demo\",\"deliveries\":[{\"date\":\"2026-09-24\",\"missionId\":"
                + "\"us-chicago\",\"mission\":{\"name\":\"주시카고 중국총영사관\",\"city\":\"Chicago\",\"country\":\"US\"},"
                + "\"localTime\":\"11:00\",\"meetingPoint\":\"Across the street\",\"signatures\":12}]}");
        assertThat(json).doesNotContain("coordinator");
    }

    @Test
    void spanishFallsBackToEnglishAndUnknownCountsAreNull() throws Exception {
        String json = new ObjectMapper().writeValueAsString(PublicDeliveries.body("demo", List.of(DAY),
                Map.of("us-chicago", CHICAGO), Map.of(), Language.ES));
        assertThat(json).contains("\"name\":\"Consulate-General in Chicago\"").contains("\"signatures\":null");
    }

    @Test
    void otherPetitionsAndVanishedMissionsAreLeftOut() {
        assertThat((List<?>) PublicDeliveries.body("other", List.of(DAY), Map.of("us-chicago", CHICAGO), Map.of(),
                Language.EN).get("deliveries")).isEmpty();
        assertThat((List<?>) PublicDeliveries.body("demo", List.of(DAY), Map.of(), Map.of(), Language.EN)
                .get("deliveries")).isEmpty();
    }
}
