package org.nkpetition.count;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nkpetition.deliveries.DeliveryStore;
import org.nkpetition.deliveries.PublicDeliveries;
import org.nkpetition.deliveries.dynamodb.DynamoDbDeliveryStore;
import org.nkpetition.domain.Petition;
import org.nkpetition.http.HttpRequest;
import org.nkpetition.http.HttpResponses;
import org.nkpetition.http.PetitionLookup;
import org.nkpetition.http.Reply;
import org.nkpetition.missions.Mission;
import org.nkpetition.missions.MissionStore;
import org.nkpetition.missions.dynamodb.DynamoDbMissionStore;
import org.nkpetition.petition.PetitionStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code GET /deliveries?petition={id}}: where and when the petition is delivered ({@link PublicDeliveries}), JSON
 * only for now; 404 for an unknown or missing petition. Missions and deliveries live in the petitions table
 * (docs/adr/0060).
 */
final class DeliveriesReply {
    /** Delivery plans change rarely; a minute of caching absorbs a crowd on the delivery day. */
    static final String CACHE_CONTROL = "public, max-age=60";

    private final PetitionStore petitions;
    private final MissionStore missions;
    private final DeliveryStore deliveries;

    DeliveriesReply(PetitionStore petitions, DynamoDbClient dynamo, String petitionsTable) {
        this(petitions, new DynamoDbMissionStore(dynamo, petitionsTable), new DynamoDbDeliveryStore(dynamo, petitionsTable));
    }

    DeliveriesReply(PetitionStore petitions, MissionStore missions, DeliveryStore deliveries) {
        this.petitions = petitions;
        this.missions = missions;
        this.deliveries = deliveries;
    }

    Reply reply(HttpRequest request) {
        Petition petition = PetitionLookup.require(petitions, request.query("petition").orElse(""));
        Map<String, Mission> byId = missions.list().stream().collect(Collectors.toMap(Mission::id, Function.identity()));
        // Per-mission counts are not kept yet (issue 14, part 2): "signatures" stays null until they are.
        return new Reply(HttpResponses.json(200, PublicDeliveries.body(petition.id(), deliveries.list(petition.id()), byId,
                Map.of(), request.language()), CACHE_CONTROL), "deliveries");
    }
}
