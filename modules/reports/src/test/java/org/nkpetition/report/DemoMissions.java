package org.nkpetition.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nkpetition.deliveries.Delivery;
import org.nkpetition.missions.files.DeliveryCsv;
import org.nkpetition.deliveries.InMemoryDeliveryStore;
import org.nkpetition.localstack.ProjectFiles;
import org.nkpetition.missions.InMemoryMissionStore;
import org.nkpetition.missions.Mission;
import org.nkpetition.missions.MissionAssignment;
import org.nkpetition.missions.files.MissionCsv;
import org.nkpetition.missions.Subdivisions;

/**
 * bin/dev's demo data (tools/dev-server/seed/missions): the starter missions and the demo delivery day,
 * 24 September 2027, in the in-memory stores.
 */
final class DemoMissions {
    static final Path SEED = Path.of("tools", "dev-server", "seed", "missions");

    final InMemoryMissionStore missions = new InMemoryMissionStore();
    final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
    final MissionAssignment assignment;

    DemoMissions() {
        List<Mission> starter = MissionCsv.parse(read("missions.csv"), Subdivisions.bundled());
        missions.replaceAll(starter);
        Map<String, Mission> byId = starter.stream().collect(Collectors.toMap(Mission::id, Function.identity()));
        List<Delivery> day = DeliveryCsv.parse(read("demo-deliveries.csv"), ReportFixture.PETITION::equals, byId);
        deliveries.putAll(day);
        assignment = new MissionAssignment(starter, Subdivisions.bundled());
    }

    /** The mission the sign path assigns to a signer in {@code country} and {@code region}. */
    Optional<String> assign(String country, String region) {
        return assignment.assign(country, Optional.ofNullable(region));
    }

    Delivery delivery(String missionId) {
        return deliveries.listAll().stream().filter(d -> d.missionId().equals(missionId)).findFirst().orElseThrow();
    }

    private static String read(String name) {
        try {
            return Files.readString(ProjectFiles.root().resolve(SEED).resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
