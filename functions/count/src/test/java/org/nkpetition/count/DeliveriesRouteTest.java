package org.nkpetition.count;

import static org.junit.jupiter.api.Assertions.*;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.deliveries.Delivery;
import org.nkpetition.deliveries.dynamodb.DynamoDbDeliveryStore;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.LocalStack;
import org.nkpetition.missions.Jurisdiction;
import org.nkpetition.missions.Mission;
import org.nkpetition.missions.MissionKind;
import org.nkpetition.missions.MissionNames;
import org.nkpetition.missions.dynamodb.DynamoDbMissionStore;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;

/** GET /deliveries through the real handler and its template.yaml environment, against moto. */
class DeliveriesRouteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LocalStack stack = LocalStack.get();
    private final CountHandler handler = (CountHandler) stack.<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>handler(
            "CountFunction", Map.of());

    @BeforeEach
    void seed() {
        stack.reset();
        new DynamoDbPetitionStore(stack.dynamo(), "PetitionsTable").put(new Petition("demo", Petition.Status.OPEN,
                OptionalLong.empty(), Map.of(Language.EN, new PetitionText("Free them", "", "")), List.of(), List.of(),
                Petition.DEFAULT_DELIVERY_DATES, ZoneOffset.UTC));
        new DynamoDbMissionStore(stack.dynamo(), "PetitionsTable").replaceAll(List.of(new Mission("kr-busan",
                MissionKind.CONSULATE_GENERAL, "KR", "Busan", new MissionNames("Consulate-General in Busan",
                "주부산 중국총영사관", "Consulado General en Busan"), "", Jurisdiction.of(Set.of("KR-26")), "test", false, true)));
        new DynamoDbDeliveryStore(stack.dynamo(), "PetitionsTable").putAll(List.of(new Delivery("demo",
                LocalDate.of(2026, 9, 24), "kr-busan", LocalTime.of(12, 0), "Station exit 2", "secret-coordinator@example.org")));
    }

    private APIGatewayV2HTTPResponse get(HttpEvents event) {
        return handler.handleRequest(event.build(), null);
    }

    @Test
    void listsThePetitionsDeliveriesInTheRequestLanguageWithoutCoordinators() throws Exception {
        APIGatewayV2HTTPResponse response = get(HttpEvents.route(CountHandler.DELIVERIES).query("petition", "demo")
                .query("lang", "ko"));
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("public, max-age=60", response.getHeaders().get("Cache-Control"));
        assertFalse(response.getBody().contains("secret-coordinator"), "the coordinator's email is never public");
        JsonNode delivery = JSON.readTree(response.getBody()).get("deliveries").get(0);
        assertEquals("2026-09-24", delivery.get("date").asText());
        assertEquals("kr-busan", delivery.get("missionId").asText());
        assertEquals("주부산 중국총영사관", delivery.get("mission").get("name").asText());
        assertEquals("12:00", delivery.get("localTime").asText());
        assertEquals("Station exit 2", delivery.get("meetingPoint").asText());
        assertTrue(delivery.get("signatures").isNull());
    }

    @Test
    void anUnknownOrMissingPetitionIsA404AndPetitionsStillListOnlyPetitions() throws Exception {
        assertEquals(404, get(HttpEvents.route(CountHandler.DELIVERIES).query("petition", "nope")).getStatusCode());
        assertEquals(404, get(HttpEvents.route(CountHandler.DELIVERIES)).getStatusCode());
        assertEquals(404, get(HttpEvents.route(CountHandler.DELIVERIES).query("petition", "MISSION#kr-busan")).getStatusCode());
        JsonNode petitions = JSON.readTree(get(HttpEvents.route(CountHandler.LIST)).getBody()).get("petitions");
        assertEquals(1, petitions.size(), "mission and delivery items are not petitions");
    }
}
