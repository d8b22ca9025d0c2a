package org.nkpetition.devserver;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's "must show", with bin/dev's demo data over real HTTP (the real sign, mailer and count handlers against
 * moto): signers in Chicago (US-IL), Los Angeles (US-CA), Busan (KR-26) and Berlin (DE-BE) each go to their city's
 * mission, and {@code /deliveries} counts one signature at each.
 */
class DemoMissionsTest extends DevServerOverHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PETITION = "stop-forced-repatriation";

    @Test
    void signersInFourCitiesGoToTheirCitysMission() throws Exception {
        Map<String, String[]> signers = new LinkedHashMap<>();
        signers.put("chicago@example.org", new String[] {"US", "US-IL", "us-chicago", "en"});
        signers.put("los-angeles@example.org", new String[] {"US", "US-CA", "us-los-angeles", "es"});
        signers.put("busan@example.org", new String[] {"KR", "KR-26", "kr-busan", "ko"});
        signers.put("berlin@example.org", new String[] {"DE", "DE-BE", "de-berlin", "en"});
        for (Map.Entry<String, String[]> signer : signers.entrySet()) {
            String[] where = signer.getValue();
            HttpResponse<String> signed = send(HttpRequest.newBuilder(uri("/petitions/" + PETITION + "/signatures"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"Demo Signer\",\"email\":\"" + signer.getKey() + "\",\"country\":\"" + where[0]
                                    + "\",\"region\":\"" + where[1] + "\",\"lang\":\"" + where[3] + "\",\"consent\":true}")));
            assertEquals(202, signed.statusCode(), signed.body());
        }
        for (Map.Entry<String, String[]> signer : signers.entrySet()) {
            String text = emailTo(signer.getKey());
            String token = text.replaceAll("(?s).*?/signatures/confirm\\?token=([A-Za-z0-9_.-]+).*", "$1");
            HttpResponse<String> confirmed = send(HttpRequest.newBuilder(uri("/signatures/confirm"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"}")));
            assertEquals(200, confirmed.statusCode(), confirmed.body());
        }
        assertTrue(emailTo("busan@example.org").contains("주부산 중국총영사관"), "the email names the mission, in Korean");

        JsonNode deliveries = JSON.readTree(send(HttpRequest.newBuilder(uri("/deliveries?petition=" + PETITION))).body())
                .get("deliveries");
        Map<String, Long> counted = new HashMap<>();
        deliveries.forEach(d -> counted.put(d.get("missionId").asText(), d.get("signatures").asLong()));
        for (String[] where : signers.values()) {
            assertEquals(1L, counted.get(where[2]), where[2] + " in " + counted);
        }
        assertEquals(0L, counted.get("us-washington"), "nobody here signed from the rest of the US");
        assertEquals(0L, counted.get("kr-seoul"));
    }

    /** The text part of the email the mailer wrote to the outbox for the address (waits for the mailer). */
    private static String emailTo(String address) throws Exception {
        for (int polls = 0; polls < 300; polls++) {
            Optional<String> text = outboxText(address);
            if (text.isPresent()) {
                return text.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no email to " + address);
    }

    private static Optional<String> outboxText(String address) throws IOException {
        if (!Files.isDirectory(server.outbox())) {
            return Optional.empty();
        }
        try (var files = Files.list(server.outbox())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                String mime = Files.readString(file, StandardCharsets.UTF_8);
                if (!mime.contains("To: " + address + "\r\n")) {
                    continue;
                }
                Matcher part = Pattern.compile("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                        + "([A-Za-z0-9+/=\r\n]+?)\r\n--").matcher(mime);
                if (part.find()) {
                    return Optional.of(new String(Base64.getMimeDecoder().decode(part.group(1)), StandardCharsets.UTF_8));
                }
            }
        }
        return Optional.empty();
    }
}
