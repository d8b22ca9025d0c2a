package org.nkpetition.sign;

import static org.junit.jupiter.api.Assertions.*;
import static org.nkpetition.sign.SignFixture.PETITION;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.missions.files.DeliveryCsv;
import org.nkpetition.deliveries.dynamodb.DynamoDbDeliveryStore;
import org.nkpetition.domain.Language;
import org.nkpetition.i18n.Messages;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.ProjectFiles;
import org.nkpetition.localstack.SentEmail;
import org.nkpetition.missions.Mission;
import org.nkpetition.missions.files.MissionCsv;
import org.nkpetition.missions.Subdivisions;
import org.nkpetition.missions.dynamodb.DynamoDbMissionStore;
import org.nkpetition.storage.dynamodb.DynamoDbCountStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The region a signer gives decides the mission their signature goes to (issue 14), through the real sign handler
 * against moto, with bin/dev's starter missions and demo delivery day (delivered on 2027-09-24).
 */
class RegionSigningTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SignFixture fixture = new SignFixture();

    @BeforeEach
    void seed() throws IOException {
        fixture.reset();
        seedStarterMissions(fixture);
    }

    /** tools/dev-server/seed/missions, as bin/dev seeds them. */
    static void seedStarterMissions(SignFixture fixture) throws IOException {
        List<Mission> missions = MissionCsv.parse(Files.readString(ProjectFiles.root()
                .resolve("tools/dev-server/seed/missions/missions.csv"), StandardCharsets.UTF_8), Subdivisions.bundled());
        new DynamoDbMissionStore(fixture.stack.dynamo(), "PetitionsTable").replaceAll(missions);
        Map<String, Mission> byId = missions.stream().collect(Collectors.toMap(Mission::id, Function.identity()));
        new DynamoDbDeliveryStore(fixture.stack.dynamo(), "PetitionsTable").putAll(DeliveryCsv.parse(Files.readString(
                ProjectFiles.root().resolve("tools/dev-server/seed/missions/demo-deliveries.csv"), StandardCharsets.UTF_8),
                PETITION::equals, byId));
    }

    private APIGatewayV2HTTPResponse signJson(String email, String country, String region, String lang) {
        return fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json("{\"name\":\"Signer\",\"email\":\"" + email + "\",\"country\":\"" + country + "\",\"region\":\""
                        + region + "\",\"lang\":\"" + lang + "\",\"consent\":true}").build());
    }

    private PetitionCount count() {
        return new DynamoDbCountStore(fixture.stack.dynamo(), "SignaturesTable", 10).read(PETITION);
    }

    @Test
    void aRegionOfAnotherCountryIsA400OnTheRegionFieldInTheRequestsLanguageAndWritesNothing() throws Exception {
        for (String[] bad : new String[][] {{"KR", "US-IL"}, {"US", "US-ZZ"}, {"DE", "Berlin"}}) {
            APIGatewayV2HTTPResponse response = signJson("bad@example.org", bad[0], bad[1], "ko");
            assertEquals(400, response.getStatusCode(), response.getBody());
            JsonNode fields = JSON.readTree(response.getBody()).get("error").get("fields");
            assertEquals(List.of("region"), iterable(fields.fieldNames()));
            assertEquals(Messages.of(Language.KO).get("error_region"), fields.get("region").asText());
        }
        assertEquals(List.of(), fixture.items("SIGNATURE#"));
        assertEquals(List.of(), fixture.items("TOKEN#"));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void illinoisGoesToChicago_countedThereOnConfirmation_uncountedOnWithdrawal() throws Exception {
        assertEquals(202, signJson("chicago@example.org", "US", "us-il", "en").getStatusCode());
        Map<String, AttributeValue> item = fixture.items("SIGNATURE#").get(0);
        assertEquals("us-chicago", item.get("missionId").s());
        assertEquals("US-IL", item.get("region").s());

        SentEmail email = fixture.emailsTo("chicago@example.org").get(0);
        assertTrue(email.body().contains("Republic of China in Chicago (Chicago) on September 24, 2027"),
                email.body());
        String token = SignFixture.tokenIn(email);
        APIGatewayV2HTTPResponse thanks = fixture.invoke(HttpEvents.route(SignHandler.CONFIRM)
                .form("token=" + token + "&lang=es").acceptHtml().build());
        assertEquals(200, thanks.getStatusCode());
        assertTrue(thanks.getBody().contains("id=\"destination\""), thanks.getBody());
        assertTrue(thanks.getBody().contains("24 de septiembre de 2027"), "the date in the page's language");
        assertTrue(thanks.getBody().contains("/deliveries?petition=" + PETITION + "&amp;lang=es"));
        assertEquals(Map.of("us-chicago", 1L), count().byMission());
        assertEquals(Map.of("US", 1L), count().byCountry());

        fixture.invoke(HttpEvents.route(SignHandler.WITHDRAW).json("{\"token\":\"" + token + "\"}").build());
        assertEquals(Map.of(), count().byMission());
        assertEquals(0, count().total());
    }

    @Test
    void noRegionInTheApiGoesToTheRestOfTheCountry_aCountryWithoutMissionsToNone() {
        assertEquals(202, signJson("us@example.org", "US", "", "en").getStatusCode());
        assertEquals(202, signJson("fr@example.org", "FR", "", "en").getStatusCode());
        Map<String, String> missions = fixture.items("SIGNATURE#").stream().collect(Collectors.toMap(
                i -> i.get("country").s(), i -> i.containsKey("missionId") ? i.get("missionId").s() : "none"));
        assertEquals(Map.of("US", "us-washington", "FR", "none"), missions);
        assertFalse(fixture.items("SIGNATURE#").stream().anyMatch(i -> i.containsKey("region")), "no region, none stored");
    }

    @Test
    void theFormAsksForTheRegionWhenTheCountryNeedsOne_withoutScriptTheSelectComesBack() {
        String form = "lang=ko&name=Kim&email=busan%40example.org&country=KR&consent=true";
        APIGatewayV2HTTPResponse asked = fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .form(form).acceptHtml().build());
        assertEquals(400, asked.getStatusCode());
        String page = asked.getBody();
        assertTrue(page.contains(Messages.of(Language.KO).get("error_region_required")));
        assertTrue(page.contains("data-region-country=\"KR\">"), "Korea's select shown (not hidden)");
        assertTrue(page.contains("data-region-country=\"US\" hidden"), "the others hidden");
        assertTrue(page.contains("<select id=\"region-KR\" name=\"region\" autocomplete=\"address-level1\" required aria-invalid"),
                "enabled, marked invalid");
        assertTrue(page.contains("<option value=\"KR-26\">부산광역시</option>"), "names in the page's language");
        assertTrue(page.contains("value=\"busan@example.org\""), "what was typed is kept");
        assertEquals(List.of(), fixture.items("SIGNATURE#"), "nothing written");

        APIGatewayV2HTTPResponse signed = fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .form(form + "&region=KR-26").acceptHtml().build());
        assertEquals(202, signed.getStatusCode());
        assertEquals("kr-busan", fixture.items("SIGNATURE#").get(0).get("missionId").s());
    }

    @Test
    void aCountryWithOneMissionNeedsNoRegionOnTheForm() {
        APIGatewayV2HTTPResponse signed = fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .form("lang=en&name=Anna&email=berlin%40example.org&country=DE&consent=true").acceptHtml().build());
        assertEquals(202, signed.getStatusCode());
        assertEquals("de-berlin", fixture.items("SIGNATURE#").get(0).get("missionId").s());
    }
}
