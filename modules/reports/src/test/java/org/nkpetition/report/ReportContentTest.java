package org.nkpetition.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nkpetition.domain.Language;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.SentEmail;
import org.nkpetition.report.content.EmailRedaction;
import org.nkpetition.report.rendering.csv.CsvRoster;
import org.nkpetition.signature.DisplayName;
import org.nkpetition.storage.dynamodb.DynamoDbCountStore;

/**
 * One report, requested through the admin route, for signers from six countries, written with
 * hostile names and comments; then every file is read back the way an organiser's tools would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportContentTest {
    private static final Instant CUTOFF = ReportFixture.SEPTEMBER_DELIVERY;
    private static final String HYPERLINK = "=HYPERLINK(\"http://attacker.example/x\")";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private final ReportFixture fixture = new ReportFixture();
    private Map<String, Object> result;
    private Map<String, byte[]> files;

    @BeforeAll
    void requestOneReport() {
        fixture.reset();
        Instant day = Instant.parse("2026-09-01T03:00:00Z");
        fixture.signer("김민지", "minji@example.org", "KR", "서울", "북한 난민을 강제로 돌려보내지 마세요.", DisplayName.FULL, day);
        fixture.signer("Kim Min-ji", "kim.initials@example.org", "KR", "Busan", null, DisplayName.INITIALS,
                day.plus(Duration.ofDays(1)));
        fixture.signer("Secret Person", "anon@example.org", "US", "New York",
                "Write to me at secret.person@example.net, please", DisplayName.ANONYMOUS, day.plus(Duration.ofDays(2)));
        fixture.signer(HYPERLINK, "formula@example.org", "GB", "@London", "+cmd|' /C calc'!A0", DisplayName.FULL,
                day.plus(Duration.ofDays(2)));
        fixture.signer(SCRIPT, "script@example.org", "DE", "Berlin", "<img src=x onerror=alert(2)> & more",
                DisplayName.FULL, day.plus(Duration.ofDays(5)));
        fixture.signer("Ana García Núñez", "ana@example.org", "ES", "Madrid", "¡Basta ya! नमस्ते", DisplayName.FULL,
                day.plus(Duration.ofDays(9)));
        fixture.signer("Łukasz Żółć", "lukasz@example.org", "PL", "Kraków", null, DisplayName.FULL,
                day.plus(Duration.ofDays(9)));
        fixture.pendingSigner("Pending Person", "pending@example.org", "KR", day.plus(Duration.ofDays(10)));
        fixture.signer("Late Signer", "late@example.org", "KR", "Seoul", "too late", DisplayName.FULL,
                CUTOFF.plus(Duration.ofHours(1)));

        result = fixture.job(Instant.parse("2026-11-23T10:00:00Z"), "{\"cutoff\":\"2026-09-24T09:00:00+09:00\"}");
        files = fixture.reportFiles(CUTOFF);
    }

    @Test
    void answersWithTheTotalsAndTheFiles() throws IOException {
        assertEquals("emailed", result.get("outcome"), result.toString());
        assertEquals("2026-09-24T00:00:00Z", result.get("cutoff"));
        assertEquals(7L, result.get("total"), "confirmed before the cut-off; not the pending one, not the late one");
        JsonNode summary = new ObjectMapper().readTree(files.get("summary.json"));
        assertEquals(2, summary.get("byCountry").get("KR").asLong());
        assertEquals("s3://" + ReportFixture.BUCKET + "/reports/stop-forced-repatriation/20260924T000000Z/",
                result.get("location"));
        Set<String> expected = new java.util.TreeSet<>(List.of("report.html", "report.pdf", "signatures.csv",
                "by-country.csv", "by-city.csv", "by-day.csv", "summary.json"));
        for (String country : List.of("DE", "ES", "GB", "KR", "PL", "US")) {
            expected.addAll(List.of("packet-" + country + ".csv", "packet-" + country + ".html", "packet-" + country + ".pdf"));
        }
        assertEquals(expected, files.keySet());
    }

    @Test
    void theCsvParsesBackWithFormulasNeutralisedAndNamesAsChosen() throws IOException {
        List<CSVRecord> rows = csv("signatures.csv");
        assertEquals(7, rows.size());
        assertEquals("김민지", rows.get(0).get("name"));
        assertEquals("서울", rows.get(0).get("city"));
        assertEquals("2026-09-01T03:00:00Z", rows.get(0).get("confirmed_at"));
        assertEquals("K. M. J.", rows.get(1).get("name"), "initials, as the signer chose");
        assertEquals("initials", rows.get(1).get("display"));
        CSVRecord anonymous = rows.stream().filter(r -> r.get("country").equals("US")).findFirst().orElseThrow();
        assertEquals("", anonymous.get("name"), "anonymous signers are counted, not named");
        assertEquals("anonymous", anonymous.get("display"));
        assertEquals("Write to me at " + EmailRedaction.MARK + ", please", anonymous.get("comment"));
        CSVRecord formula = rows.stream().filter(r -> r.get("country").equals("GB")).findFirst().orElseThrow();
        assertEquals("'" + HYPERLINK, formula.get("name"));
        assertEquals("'@London", formula.get("city"));
        assertEquals("'+cmd|' /C calc'!A0", formula.get("comment"));
        assertEquals(SCRIPT, rows.stream().filter(r -> r.get("country").equals("DE")).findFirst().orElseThrow().get("name"),
                "CSV keeps the text as written; it is not HTML");
        for (CSVRecord row : rows) {
            for (String cell : row.values()) {
                assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0, "formula-like cell: " + cell);
            }
        }
        List<CSVRecord> korea = csv("packet-KR.csv");
        assertEquals(List.of("김민지", "K. M. J."), korea.stream().map(r -> r.get("name")).toList());
        assertEquals(List.of("DE", "ES", "GB", "KR", "PL", "US"), csv("by-country.csv").stream().map(r -> r.get("country")).toList());
        assertEquals("2", csv("by-country.csv").get(3).get("signatures"));
        assertEquals(9 + 1, csv("by-day.csv").size(), "every day from the first signature to the last");
    }

    @Test
    void theHtmlEscapesWhatSignersWroteAndDrawsTheChart() {
        String html = text("report.html");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.contains(SCRIPT));
        assertFalse(html.contains("<img src=x"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt; &amp; more"));
        assertTrue(html.contains("=HYPERLINK(&quot;http://attacker.example/x&quot;)"));
        assertTrue(html.contains("<svg"), "signatures per day as an inline SVG chart");
        assertTrue(html.contains("김민지"));
        assertTrue(html.contains("Content-Security-Policy"), "a slip in escaping could still run nothing");
        String korea = text("packet-KR.html");
        assertTrue(korea.contains("<html lang=\"ko\">"), "the Korean team's packet speaks Korean");
        assertTrue(korea.contains("Stop the forced repatriation of North Korean refugees"), "petition text in English");
        assertTrue(korea.contains("lang=\"ko\""));
        assertTrue(korea.contains("lang=\"es\""), "and in every language the petition has");
        assertFalse(korea.contains("Ana García"), "a country's packet holds only its own signers");
    }

    @Test
    void thePdfRendersHangulAndEveryNameAsChosen() throws IOException {
        String report = pdfText("report.pdf");
        for (String shown : List.of("김민지", "서울", "K. M.", "Ana García Núñez", "Łukasz Żółć", HYPERLINK, SCRIPT,
                "Anonymous", "북한 난민을 강제로 돌려보내지 마세요.")) {
            assertTrue(report.contains(shown), "report.pdf shows " + shown);
        }
        assertTrue(report.contains("?"), "Devanagari, which no embedded font has, is drawn as ?");
        assertTrue(report.contains("appear as “?”"), "and the PDF says so");
        String korea = pdfText("packet-KR.pdf");
        assertTrue(korea.contains(ReportFixture.demoPetition().texts().get(Language.KO).title()), "the petition in Korean");
        assertTrue(korea.contains("김민지"));
        assertTrue(korea.contains("서명자"), "Korean headings");
        assertFalse(korea.contains("Ana"));
    }

    @Test
    void pendingAndLateSignaturesAreAbsentAndTotalsMatchTheCount() {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String content = file.getKey().endsWith(".pdf") ? pdfText(file.getKey()) : text(file.getKey());
            assertFalse(content.contains("Pending Person"), file.getKey());
            assertFalse(content.contains("pending comment"), file.getKey());
            assertFalse(content.contains("Late Signer"), file.getKey());
            assertFalse(content.contains("Secret Person"), "an anonymous signer's name is never delivered: " + file.getKey());
        }
        long counted = new DynamoDbCountStore(fixture.stack.dynamo(), "SignaturesTable", 10).read(ReportFixture.PETITION).total();
        assertEquals(8, counted, "the counters also hold the signer confirmed after the cut-off");
        assertEquals(counted - 1, csv("signatures.csv").size());
    }

    @Test
    void noEmailAddressAnywhereInAnyFileOrInTheOrganisersEmail() {
        for (String name : files.keySet()) {
            String content = name.endsWith(".pdf") ? pdfText(name) : text(name);
            assertFalse(ReportFixture.EMAIL.matcher(content).find(), "an email address in " + name);
            for (String address : fixture.signerAddresses) {
                assertFalse(content.contains(address), name);
            }
        }
        List<SentEmail> emails = fixture.emails();
        assertEquals(1, emails.size());
        SentEmail email = emails.get(0);
        assertEquals(List.of(ReportFixture.ORGANISER), email.to());
        assertTrue(email.subject().contains("7 signatures"), email.subject());
        assertFalse(ReportFixture.EMAIL.matcher(email.body()).find(), "no address in the body, not even the organiser's");
        assertTrue(email.body().contains(">report.pdf</a>"), "the organisers' files by name");
        // Packets are linked by format (PDF, HTML, CSV); the file is named inside the signed token.
        long links = java.util.regex.Pattern.compile("/reports/download\\?token").matcher(email.body()).results().count();
        assertEquals(files.size(), links, "one link per file");
        assertTrue(email.body().contains("/reports/download?token"), "links through the download route (docs/adr/0051)");
        assertFalse(email.body().contains("X-Amz-"), "no presigned S3 URL, no access key id");
        assertTrue(email.body().contains("South Korea (KR): 2"));
    }

    private List<CSVRecord> csv(String name) {
        String content = text(name);
        assertEquals(CsvRoster.BYTE_ORDER_MARK, content.charAt(0), "UTF-8 BOM for spreadsheet programs");
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(content.substring(1))).getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String text(String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    private String pdfText(String name) {
        try (PDDocument pdf = Loader.loadPDF(files.get(name))) {
            return new PDFTextStripper().getText(pdf);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
