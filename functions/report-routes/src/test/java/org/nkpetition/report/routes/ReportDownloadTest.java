package org.nkpetition.report.routes;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.config.Environment;
import org.nkpetition.config.LocalDevelopment;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.LocalStack;
import org.nkpetition.report.ReportFixture;
import org.nkpetition.report.links.ReportFileKeys;
import org.nkpetition.report.links.ReportLinkTokens;
import org.nkpetition.report.request.Cutoff;
import org.nkpetition.signature.DisplayName;

/**
 * The report links of the organisers' email, end to end against moto: the worker signs them with the
 * ReportLinkSigningKey secret it reads from (moto's) Secrets Manager, the download route checks them
 * and redirects to a presigned S3 URL that really serves the file; then the link expires, and
 * tampered or garbage tokens are 4xx in the request's language, never 5xx.
 */
class ReportDownloadTest {
    private static final Instant RUN = Instant.parse("2026-09-24T00:15:00Z");
    private static final Pattern LINK = Pattern.compile("(https://[^\\s\"<>]+/reports/download\\?token=([A-Za-z0-9_.-]+)&lang=([a-z]{2}))");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReportFixture fixture = new ReportFixture();

    @BeforeEach
    void aReportWithOneSigner() {
        fixture.reset();
        fixture.signer("박지훈", "jihoon@example.org", "KR", "Incheon", null, DisplayName.FULL, Instant.parse("2026-09-01T00:00:00Z"));
        fixture.worker(RUN).handle(Map.of("scheduledTime", RUN.toString(),
                "linkBase", "https://abc123.execute-api.eu-west-1.amazonaws.com"));
        assertEquals(1, fixture.emails().size());
    }

    @Test
    void aLinkFromTheEmailWorksForSevenDaysThenExpires() throws Exception {
        List<String[]> links = links();
        String[] csv = links.stream().filter(l -> l[0].contains("token=")).filter(l -> fileOf(l[1]).equals("signatures.csv"))
                .findFirst().orElseThrow(() -> new AssertionError("no link to signatures.csv in " + fixture.emails()));
        assertTrue(csv[0].startsWith("https://abc123.execute-api.eu-west-1.amazonaws.com/reports/download?token="),
                "the link leads to our route, not to S3: " + csv[0]);
        assertFalse(csv[0].contains("X-Amz-"), "no presigned S3 URL (nor a key id) in the email");

        // An hour later: 303 to a presigned URL valid for minutes, which serves the file.
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        APIGatewayV2HTTPResponse works = capturing(log, () -> download(RUN.plus(Duration.ofHours(1)), csv[1], "en"));
        assertEquals(303, works.getStatusCode(), works.getBody());
        String location = works.getHeaders().get("Location");
        assertTrue(location.contains("X-Amz-Expires=300"), "presigned for 5 minutes: " + location);
        assertEquals("no-store", works.getHeaders().get("Cache-Control"));
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(location)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertArrayEquals(fixture.reportFiles(ReportFixture.SEPTEMBER_DELIVERY).get("signatures.csv"), file.body());

        // Logged: request id, report, file; no IP, no token.
        String line = log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("\"report-download\""))
                .findFirst().orElseThrow();
        Map<?, ?> logged = JSON.readValue(line, Map.class);
        assertEquals("redirected", logged.get("outcome"));
        assertEquals("stop-forced-repatriation", logged.get("petitionId"));
        assertEquals("20260924T000000Z", logged.get("cutoff"));
        assertEquals("signatures.csv", logged.get("file"));
        assertNotNull(logged.get("requestId"));
        assertFalse(line.contains("198.51.100") || line.contains(csv[1]), "no IP, no token: " + line);

        // Just before seven days: still good. Just after: 410, in the language the link carries.
        assertEquals(303, download(RUN.plus(Duration.ofDays(7)).minusSeconds(1), csv[1], "ko").getStatusCode());
        APIGatewayV2HTTPResponse expired = download(RUN.plus(Duration.ofDays(7)).plusSeconds(1), csv[1], "ko");
        assertEquals(410, expired.getStatusCode());
        assertEquals("report_link_expired", JSON.readTree(expired.getBody()).at("/error/code").asText());
        assertTrue(JSON.readTree(expired.getBody()).at("/error/message").asText().contains("만료"), expired.getBody());
    }

    @Test
    void everyFileInTheEmailHasAWorkingLink() {
        List<String[]> links = links();
        assertTrue(links.size() >= 4, "organisers' files and the KR packet: " + links.size());
        for (String[] link : links) {
            assertEquals(303, download(RUN.plusSeconds(60), link[1], link[2]).getStatusCode(), link[0]);
        }
    }

    @Test
    void tamperedForgedAndGarbageTokensAreFourHundredsInTheRequestsLanguage() throws Exception {
        String token = links().get(0)[1];
        int dot = token.indexOf('.');
        // Point a good token's payload at another file (the roster of another report): the signature no longer holds.
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
        String otherFile = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replaceAll("[^/]+$", "packet-US.csv").getBytes(StandardCharsets.UTF_8));
        String longer = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replaceFirst("\n[0-9]+\n", "\n9999999999\n").getBytes(StandardCharsets.UTF_8));
        char last = token.charAt(token.length() - 1);
        List<String> bad = List.of(otherFile + token.substring(dot), longer + token.substring(dot),
                token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'), token.substring(0, dot),
                token + ".x", "", "%00", "x".repeat(5000), "..", "reports/../x");
        for (String value : bad) {
            APIGatewayV2HTTPResponse refused = download(RUN.plusSeconds(60), value, "es");
            assertTrue(refused.getStatusCode() == 400 || refused.getStatusCode() == 404, value + " → " + refused.getStatusCode());
            assertTrue(JSON.readTree(refused.getBody()).at("/error/message").asText().contains("enlace"), refused.getBody());
        }
        // A token signed with another key (someone who guessed the format): not ours.
        String forged = new ReportLinkTokens(() -> "someone-else's-key-0123456789abcdef0123456789abcdef")
                .issue("reports/stop-forced-repatriation/20260924T000000Z/signatures.csv", RUN.plus(Duration.ofDays(7)));
        assertEquals(404, download(RUN.plusSeconds(60), forged, "en").getStatusCode());
        // No token at all: 400.
        assertEquals(400, handler(RUN).handleRequest(HttpEvents.route(ReportDownloadHandler.ROUTE).build(), null).getStatusCode());
        // The sample event (a token we never signed), as a browser in Spanish sends it: a page, 404.
        APIGatewayV2HTTPResponse sample = handler(RUN).handleRequest(LocalStack.httpEvent("report-download.json"), null);
        assertEquals(404, sample.getStatusCode());
        assertTrue(sample.getBody().contains("enlace de descarga no es válido"), sample.getBody());
    }

    @Test
    void randomTokensNeverYieldAFiveHundred() {
        Random random = new Random(15);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=/+%\n \u0000한";
        ReportDownloadHandler handler = handler(RUN);
        for (int i = 0; i < 300; i++) {
            StringBuilder token = new StringBuilder();
            int length = random.nextInt(i % 3 == 0 ? 700 : 120);
            for (int c = 0; c < length; c++) {
                token.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            APIGatewayV2HTTPEvent event = HttpEvents.route(ReportDownloadHandler.ROUTE).query("token", token.toString()).build();
            int status = handler.handleRequest(event, null).getStatusCode();
            assertTrue(status >= 400 && status < 500, "«" + token + "» → " + status);
        }
    }

    @Test
    void aDeletedReportIsGoneNotAFault() {
        String[] link = links().get(0);
        fixture.s3().deleteObject(b -> b.bucket(ReportFixture.BUCKET)
                .key(ReportFileKeys.prefix(ReportFixture.PETITION, Cutoff.of(ReportFixture.SEPTEMBER_DELIVERY)) + fileOf(link[1])));
        assertEquals(410, download(RUN.plusSeconds(60), link[1], "en").getStatusCode());
    }

    @Test
    void theWorkerSignsWithTheSecretFromSecretsManagerNotFromItsConfiguration() {
        Map<String, String> env = fixture.stack.environment("DeliveryReportFunction", Map.of());
        assertEquals("ReportLinkSigningKey", env.get("REPORT_LINK_KEY_SECRET_ARN"));
        assertTrue(env.keySet().stream().noneMatch(name -> name.startsWith("REPORT_LINK_") && !name.endsWith("_SECRET_ARN")), env.toString());
        // The token verifies under the value moto's Secrets Manager holds, and only under it.
        String token = links().get(0)[1];
        ReportLinkTokens local = new ReportLinkTokens(() -> LocalDevelopment.secretValue("ReportLinkSigningKey"));
        assertInstanceOf(ReportLinkTokens.Valid.class, local.check(token, RUN));
    }

    private APIGatewayV2HTTPResponse download(Instant at, String token, String lang) {
        return handler(at).handleRequest(HttpEvents.route(ReportDownloadHandler.ROUTE).query("token", token)
                .query("lang", lang).build(), null);
    }

    private ReportDownloadHandler handler(Instant at) {
        return new ReportDownloadHandler(fixture.environment("ReportDownloadFunction"), Clock.fixed(at, ZoneOffset.UTC));
    }

    /** Each download link of the email: {url, token, lang}. */
    private List<String[]> links() {
        List<String[]> found = new ArrayList<>();
        // The HTML body: the template escapes '&' and '=' in the href.
        String body = fixture.emails().get(0).body().replace("&amp;", "&").replace("&#x3D;", "=").replace("&#61;", "=");
        Matcher link = LINK.matcher(body);
        while (link.find()) {
            found.add(new String[] {link.group(1), link.group(2), link.group(3)});
        }
        assertFalse(found.isEmpty(), "no download links in " + fixture.emails().get(0).body());
        return found;
    }

    private static String fileOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
        return payload.substring(payload.lastIndexOf('/') + 1);
    }

    private static <T> T capturing(ByteArrayOutputStream sink, java.util.function.Supplier<T> action) {
        PrintStream original = System.out;
        System.setOut(new PrintStream(sink, true, StandardCharsets.UTF_8));
        try {
            return action.get();
        } finally {
            System.setOut(original);
        }
    }
}
