package org.nkpetition.missions.files;

import org.nkpetition.deliveries.Delivery;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nkpetition.missions.Mission;
import org.nkpetition.missions.files.MissionCsv;
import org.nkpetition.missions.Subdivisions;

/** bin/dev's seed files (tools/dev-server/seed/missions) stay valid together: a broken one would stop bin/dev. */
class DeliveryDemoDayTest {
    private static final Path SEED = Path.of("..", "..", "tools", "dev-server", "seed", "missions");

    @Test
    void theDemoDeliveryDayNamesActiveStarterMissionsInTheCampaignsCities() throws Exception {
        Map<String, Mission> missions = MissionCsv.parse(Files.readString(SEED.resolve("missions.csv"), StandardCharsets.UTF_8),
                Subdivisions.bundled()).stream().collect(Collectors.toMap(Mission::id, Function.identity()));
        List<Delivery> day = DeliveryCsv.parse(Files.readString(SEED.resolve("demo-deliveries.csv"), StandardCharsets.UTF_8),
                "stop-forced-repatriation"::equals, missions);
        assertThat(day).extracting(d -> missions.get(d.missionId()).city()).contains("Chicago", "Los Angeles", "Busan",
                "Berlin", "Seoul", "Tokyo", "London", "The Hague", "Toronto", "Ottawa", "Mexico City", "Rio de Janeiro",
                "Santiago", "Buenos Aires", "San Francisco", "Washington, D.C.");
        assertThat(day).allSatisfy(d -> assertThat(d.coordinatorEmail()).matches("|[a-z-]+@example\\.org"));
    }
}
