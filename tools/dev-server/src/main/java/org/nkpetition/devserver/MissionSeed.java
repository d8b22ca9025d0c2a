package org.nkpetition.devserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nkpetition.deliveries.Delivery;
import org.nkpetition.missions.files.DeliveryCsv;
import org.nkpetition.deliveries.dynamodb.DynamoDbDeliveryStore;
import org.nkpetition.missions.Mission;
import org.nkpetition.missions.files.MissionCsv;
import org.nkpetition.missions.Subdivisions;
import org.nkpetition.missions.dynamodb.DynamoDbMissionStore;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * bin/dev's starter missions and a demo delivery day (so {@code GET /deliveries} is not empty on a fresh start),
 * read with the code of {@code bin/admin missions import} and {@code deliveries put}. Fictional coordinators.
 */
final class MissionSeed {
    static final String MISSIONS = "tools/dev-server/seed/missions/missions.csv";
    static final String DELIVERIES = "tools/dev-server/seed/missions/demo-deliveries.csv";

    private MissionSeed() {
    }

    static void seed(Path root, DynamoDbClient client) throws IOException {
        List<Mission> missions = MissionCsv.parse(Files.readString(root.resolve(MISSIONS), StandardCharsets.UTF_8),
                Subdivisions.bundled());
        new DynamoDbMissionStore(client, "PetitionsTable").replaceAll(missions);
        DynamoDbPetitionStore petitions = new DynamoDbPetitionStore(client, "PetitionsTable");
        Map<String, Mission> byId = missions.stream().collect(Collectors.toMap(Mission::id, Function.identity()));
        List<Delivery> deliveries = DeliveryCsv.parse(Files.readString(root.resolve(DELIVERIES), StandardCharsets.UTF_8),
                id -> petitions.find(id).isPresent(), byId);
        new DynamoDbDeliveryStore(client, "PetitionsTable").putAll(deliveries);
        System.out.println("Seeded " + missions.size() + " missions (unverified starter data) and " + deliveries.size()
                + " demo deliveries");
    }
}
