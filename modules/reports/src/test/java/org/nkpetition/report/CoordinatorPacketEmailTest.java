package org.nkpetition.report;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nkpetition.deliveries.Delivery;
import org.nkpetition.deliveries.dynamodb.DynamoDbDeliveryStore;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.SentEmail;
import org.nkpetition.missions.dynamodb.DynamoDbMissionStore;
import org.nkpetition.report.links.ReportLinkTokens;
import org.nkpetition.signature.DisplayName;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Issue 14, item 4: "each coordinator gets one email with only their mission's packet". The admin route runs
 * a report for the demo delivery day (bin/dev's missions and deliveries, in moto) through the real SES client;
 * every download link in a coordinator's email names a file of their own packet, and nothing else; the
 * organisers' email links every packet; missions without a coordinator address get no email.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoordinatorPacketEmailTest {
    private static final Instant CUTOFF = Instant.parse("2027-09-24T00:00:00Z");
    private static final Pattern TOKEN = Pattern.compile("/reports/download\\?token=([A-Za-z0-9_.-]+)");
    private final ReportFixture fixture = new ReportFixture();
    private Map<String, Object> result;
    private Map<String, SentEmail> byRecipient;
    private String logs;

    @BeforeAll
    void runTheReport() {
        fixture.reset();
        DemoMissions demo = new DemoMissions();
        String table = "PetitionsTable";
        new DynamoDbMissionStore(fixture.stack.dynamo(), table).replaceAll(demo.missions.list());
        Delivery busan = demo.delivery("kr-busan");
        // Busan's coordinator asked for English; Seoul's gets the Korean packet's language.
        demo.deliveries.putAll(List.of(new Delivery(busan.petitionId(), busan.date(), busan.missionId(), busan.localTime(),
                busan.meetingPoint(), busan.coordinatorEmail(), "en")));
        new DynamoDbDeliveryStore(fixture.stack.dynamo(), table).putAll(demo.deliveries.listAll());

        Instant day = Instant.parse("2027-09-01T03:00:00Z");
        fixture.signer("Chicago Signer", "chicago.signer@example.net", "US", "Chicago", null, DisplayName.FULL, day);
        fixture.signer("Busan Signer", "busan.signer@example.net", "KR", "Busan", null, DisplayName.FULL, day.plusSeconds(60));
        fixture.signer("Seoul Signer", "seoul.signer@example.net", "KR", "Seoul", null, DisplayName.FULL, day.plusSeconds(120));
        fixture.signer("Berlin Signer", "berlin.signer@example.net", "DE", "Berlin", null, DisplayName.FULL, day.plusSeconds(180));
        fixture.signer("Tokyo Signer", "tokyo.signer@example.net", "JP", "Tokyo", null, DisplayName.FULL, day.plusSeconds(240));
        // What the sign path stores for signers who chose a region (US-IL, KR-26); the others were stored
        // without one and are assigned from their country (Seoul, Berlin, Tokyo: the embassies).
        assignMission("Chicago", "us-chicago");
        assignMission("Busan", "kr-busan");

        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            result = fixture.job(CUTOFF.plus(Duration.ofHours(1)), "{\"cutoff\":\"2027-09-24T09:00:00+09:00\"}");
        } finally {
            System.setOut(original);
        }
        logs = captured.toString(StandardCharsets.UTF_8);
        byRecipient = fixture.emails().stream().collect(Collectors.toMap(email -> String.join(",", email.to()), email -> email));
    }

    private void assignMission(String city, String missionId) {
        var items = fixture.stack.dynamo().scan(b -> b.tableName("SignaturesTable").filterExpression("city = :c")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(city)))).items();
        assertEquals(1, items.size());
        fixture.stack.dynamo().updateItem(b -> b.tableName("SignaturesTable").key(Map.of("pk", items.get(0).get("pk")))
                .updateExpression("SET missionId = :m").expressionAttributeValues(Map.of(":m", AttributeValue.fromS(missionId))));
    }

    @Test
    void eachCoordinatorGetsOneEmailWithOnlyTheirPacket() {
        assertEquals("emailed", result.get("outcome"), result.toString());
        // Tokyo's demo delivery has no coordinator yet: no email; the organiser gets one.
        assertEquals(Set.of(ReportFixture.ORGANISER, "chicago@example.org", "busan@example.org", "seoul@example.org",
                "berlin@example.org"), byRecipient.keySet());
        for (String mission : List.of("us-chicago", "kr-busan", "kr-seoul", "de-berlin")) {
            String coordinator = mission.substring(3) + "@example.org";
            SentEmail email = byRecipient.get(coordinator);
            assertEquals(Set.of("packet-" + mission + ".pdf", "packet-" + mission + ".html", "packet-" + mission + ".csv"),
                    linkedFiles(email), coordinator);
            assertFalse(email.body().contains("Signer"), "links only: no signer in the email");
        }
        System.out.println("Chicago coordinator's email: " + byRecipient.get("chicago@example.org").subject() + " → "
                + linkedFiles(byRecipient.get("chicago@example.org")));
    }

    @Test
    void noAddressReachesTheLogsOrTheAnswer() {
        assertFalse(logs.isBlank(), "the run logs a line");
        assertFalse(ReportFixture.EMAIL.matcher(logs).find(), logs);
        assertFalse(ReportFixture.EMAIL.matcher(result.toString()).find(), result.toString());
    }

    @Test
    void theEmailIsInTheCoordinatorsLanguageElseThePackets() {
        assertTrue(byRecipient.get("busan@example.org").subject().startsWith("Delivery packet for Consulate-General"),
                "Busan's coordinator asked for English: " + byRecipient.get("busan@example.org").subject());
        assertTrue(byRecipient.get("seoul@example.org").subject().startsWith("주한국 중국대사관 전달 자료"),
                byRecipient.get("seoul@example.org").subject());
        assertTrue(byRecipient.get("chicago@example.org").body().contains("Delivery: 2027-09-24, 11:00 local time"));
    }

    @Test
    void theOrganisersEmailLinksEveryPacket() {
        Set<String> files = linkedFiles(byRecipient.get(ReportFixture.ORGANISER));
        for (String packet : List.of("packet-us-chicago", "packet-kr-busan", "packet-kr-seoul", "packet-de-berlin",
                "packet-jp-tokyo")) {
            assertTrue(files.contains(packet + ".pdf") && files.contains(packet + ".csv"), packet + " in " + files);
        }
        assertTrue(files.contains("report.pdf"));
    }

    /** The file each download link names: the token's payload ends with the object key (see ReportLinkTokens). */
    private static Set<String> linkedFiles(SentEmail email) {
        Set<String> files = new TreeSet<>();
        TOKEN.matcher(email.body()).results().forEach(match -> {
            String token = match.group(1);
            String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                    StandardCharsets.UTF_8);
            files.add(payload.substring(payload.lastIndexOf('/') + 1));
        });
        return files;
    }
}
