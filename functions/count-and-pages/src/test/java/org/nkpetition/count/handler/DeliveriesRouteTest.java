package org.nkpetition.count.handler;

import static org.junit.jupiter.api.Assertions.*;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.nkpetition.signature.DisplayName;
import org.nkpetition.signature.SignatureStatus;
import org.nkpetition.signature.StoredSignature;
import org.nkpetition.signature.TokenRecord;
import org.nkpetition.signature.TransactionResult;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;
import org.nkpetition.storage.dynamodb.DynamoDbSignatureStore;

/** GET /deliveries through the real handler and its template.yaml environment, against moto. */
class DeliveriesRouteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LocalStack stack = LocalStack.get();
    private final CountHandler handler = (CountHandler) stack.<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>handler(
            "CountAndPagesFunction", Map.of());

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
        assertEquals(0, delivery.get("signatures").asLong(), "no confirmed signature yet is 0");
    }

    /** Confirms a signature assigned to {@code missionId} through the signature store's confirmation transaction. */
    private void confirmAt(String signerKey, String country, String missionId) {
        DynamoDbSignatureStore store = new DynamoDbSignatureStore(stack.dynamo(), "SignaturesTable", 10);
        Instant now = Instant.now();
        StoredSignature signature = new StoredSignature("demo", signerKey, SignatureStatus.PENDING, "Signer",
                Optional.empty(), country, Optional.empty(), Optional.empty(), Optional.empty(), Language.EN,
                DisplayName.FULL, false, now, Optional.empty(), Optional.of(now.plusSeconds(3600)), 0, Optional.empty(),
                Optional.of(missionId));
        TokenRecord token = new TokenRecord("sel-" + signerKey, "hash", "demo", signerKey, Language.EN,
                Optional.of(now.plusSeconds(3600)), false, TokenRecord.Purpose.SIGNATURE);
        assertTrue(store.createPending(signature, token, now));
        assertEquals(TransactionResult.APPLIED, store.confirm(store.find("demo", signerKey).orElseThrow(), token, now));
    }

    @Test
    void eachDeliveryCarriesTheConfirmedSignaturesAssignedToItsMission() throws Exception {
        confirmAt("a", "KR", "kr-busan");
        confirmAt("b", "KR", "kr-busan");
        confirmAt("c", "KR", "kr-seoul");
        JsonNode delivery = JSON.readTree(get(HttpEvents.route(CountHandler.DELIVERIES).query("petition", "demo"))
                .getBody()).get("deliveries").get(0);
        assertEquals(2, delivery.get("signatures").asLong());
    }

    @Test
    void browsersGetThePageInTheirLanguage() {
        confirmAt("a", "KR", "kr-busan");
        Map<String, String[]> expected = Map.of(
                "en", new String[] {"Where the signatures are delivered", "Consulate-General in Busan", "Thursday, September 24, 2026", "1 signature"},
                "ko", new String[] {"서명이 전달되는 곳", "주부산 중국총영사관", "2026년 9월 24일 목요일", "1명 서명"},
                "es", new String[] {"Dónde se entregan las firmas", "Consulado General en Busan", "jueves, 24 de septiembre de 2026", "1 firma"});
        expected.forEach((lang, words) -> {
            APIGatewayV2HTTPResponse page = get(HttpEvents.route(CountHandler.DELIVERIES).query("petition", "demo")
                    .query("lang", lang).acceptHtml());
            assertEquals(200, page.getStatusCode());
            assertTrue(page.getHeaders().get("Content-Type").startsWith("text/html"));
            assertTrue(page.getBody().contains("<html lang=\"" + lang + "\""), lang);
            for (String word : words) {
                assertTrue(page.getBody().contains(word), lang + ": " + word + "\n" + page.getBody());
            }
            assertTrue(page.getBody().contains("Station exit 2"));
            assertFalse(page.getBody().contains("secret-coordinator"), "the coordinator's email is never public");
        });
    }

    @Test
    void thePetitionPageLinksToTheDeliveriesAndAsksForARegionOnlyWhereSeveralMissionsAre() {
        String page = get(HttpEvents.route(CountHandler.PETITION).path("petitionId", "demo").acceptHtml()).getBody();
        assertTrue(page.contains("href=\"/deliveries?petition=demo&amp;lang=en\""), page);
        assertFalse(page.contains("data-region-country"), "one mission in Korea: no region to choose");

        new DynamoDbMissionStore(stack.dynamo(), "PetitionsTable").replaceAll(List.of(
                new Mission("kr-busan", MissionKind.CONSULATE_GENERAL, "KR", "Busan", new MissionNames("Busan", "", ""), "",
                        Jurisdiction.of(Set.of("KR-26")), "test", false, true),
                new Mission("kr-seoul", MissionKind.EMBASSY, "KR", "Seoul", new MissionNames("Seoul", "", ""), "",
                        Jurisdiction.rest(), "test", false, true)));
        CountHandler fresh = (CountHandler) stack.<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>handler("CountAndPagesFunction", Map.of());
        String asking = fresh.handleRequest(HttpEvents.route(CountHandler.PETITION).path("petitionId", "demo")
                .query("lang", "ko").acceptHtml().build(), null).getBody();
        assertTrue(asking.contains("data-region-country=\"KR\" hidden"), "present, hidden until Korea is chosen");
        assertTrue(asking.contains("<option value=\"KR-26\">부산광역시</option>"));
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
