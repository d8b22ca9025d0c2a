package org.nkpetition.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nkpetition.domain.Language;
import org.nkpetition.report.generation.ReportGenerator;
import org.nkpetition.report.generation.WrittenReport;
import org.nkpetition.report.output.DirectoryStorage;
import org.nkpetition.report.output.ReportFile;
import org.nkpetition.report.output.ReportFolder;
import org.nkpetition.report.request.Cutoff;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.DisplayName;

/**
 * Issue 14, item 4, with bin/dev's demo data (starter missions, the demo delivery day 2027-09-24): each signer
 * lands in the packet of the mission that receives their signature; signers whose mission has no delivery
 * that day, or whose country has no mission, stay in their country's packet; signatures stored before
 * missions (no missionId) are assigned from their country. Signatures come from an in-memory reader with
 * the missionId the sign path stores; the files are written to a folder, as bin/admin does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MissionPacketsTest {
    /** 09:00 in Seoul on the demo delivery day. */
    private static final Cutoff CUTOFF = Cutoff.of(Instant.parse("2027-09-24T00:00:00Z"));
    private final DemoMissions demo = new DemoMissions();
    private final List<ConfirmedSignature> signatures = new ArrayList<>();
    private WrittenReport report;
    private Path folder;

    @BeforeAll
    void generate(@TempDir Path out) throws IOException {
        signer("Chicago Signer", "US", "US-IL", "Chicago", DisplayName.FULL, true);
        signer("Los Angeles Signer", "US", "US-CA", "Los Angeles", DisplayName.INITIALS, true);
        signer("부산 서명자", "KR", "KR-26", "부산", DisplayName.FULL, true);
        signer("Berlin Signer", "DE", "DE-BE", "Berlin", DisplayName.ANONYMOUS, true);
        signer("New York Signer", "US", "US-NY", "New York", DisplayName.FULL, true);
        signer("Old Houston Signer", "US", null, "Houston", DisplayName.FULL, false);
        signer("Paris Signer", "FR", null, "Paris", DisplayName.FULL, true);
        signer("東京 署名者", "JP", "JP-13", "東京", DisplayName.FULL, true);
        ReportGenerator generator = new ReportGenerator(petitionId -> signatures.stream(), Files.createDirectories(out.resolve("work")),
                demo.missions, demo.deliveries);
        ReportFolder sink = new DirectoryStorage(out.resolve("reports")).open(ReportFixture.PETITION, CUTOFF);
        report = generator.generate(ReportFixture.demoPetition(), CUTOFF, Language.EN, sink);
        folder = java.nio.file.Path.of(sink.location());
        System.out.println("Report files (" + folder + "):");
        for (ReportFile file : report.files()) {
            System.out.printf("  %-32s %,9d bytes%n", file.name(), file.bytes());
        }
    }

    private void signer(String name, String country, String region, String city, DisplayName display, boolean assigned) {
        Optional<String> mission = assigned ? demo.assign(country, region) : Optional.empty();
        signatures.add(new ConfirmedSignature(ReportFixture.PETITION, "key-" + signatures.size(), display.render(name), display,
                country, Optional.of(city), Optional.empty(), Instant.parse("2027-09-01T00:00:00Z").plusSeconds(signatures.size()),
                Language.EN, false, mission));
    }

    @Test
    void eachSignerIsInTheirMissionsPacketOnly() throws IOException {
        Map<String, String> rosters = packetCsvs();
        assertEquals(List.of("packet-FR.csv", "packet-US.csv", "packet-de-berlin.csv", "packet-jp-tokyo.csv",
                "packet-kr-busan.csv", "packet-us-chicago.csv", "packet-us-los-angeles.csv", "packet-us-washington.csv"),
                List.copyOf(rosters.keySet()));
        assertOnlyIn(rosters, "Chicago Signer", "packet-us-chicago.csv");
        assertOnlyIn(rosters, "L. A. S.", "packet-us-los-angeles.csv");
        assertOnlyIn(rosters, "부산 서명자", "packet-kr-busan.csv");
        assertOnlyIn(rosters, "Berlin", "packet-de-berlin.csv");
        assertTrue(rosters.get("packet-de-berlin.csv").contains("anonymous"), "shown as the signer chose");
        // us-new-york has no delivery on the demo day; France has no mission at all.
        assertOnlyIn(rosters, "New York Signer", "packet-US.csv");
        assertOnlyIn(rosters, "Paris Signer", "packet-FR.csv");
        // Stored before missions: no region, so the rest of the US, Washington (Houston closed in 2020).
        assertOnlyIn(rosters, "Old Houston Signer", "packet-us-washington.csv");
        for (String stem : List.of("packet-us-chicago", "packet-kr-busan", "packet-US")) {
            assertTrue(Files.size(folder.resolve(stem + ".pdf")) > 0);
            assertTrue(Files.size(folder.resolve(stem + ".html")) > 0);
        }
    }

    @Test
    void theCoverNamesTheMissionInThePacketsLanguageWithItsDelivery() throws IOException {
        String chicago = Files.readString(folder.resolve("packet-us-chicago.html"), StandardCharsets.UTF_8);
        assertTrue(chicago.contains("Consulate-General of the People&#39;s Republic of China in Chicago")
                || chicago.contains("Consulate-General of the People's Republic of China in Chicago"), chicago);
        assertTrue(chicago.contains("Delivery: 2027-09-24, 11:00 local time"));
        assertTrue(chicago.contains("Address: not yet in the missions file"), "the starter file has no addresses yet");
        String busan = pdfText("packet-kr-busan.pdf");
        assertTrue(busan.contains("주부산 중국총영사관"), busan);
        assertTrue(busan.contains("전달: 2027-09-24, 현지 시각 12:00"), busan);
        // The petition in all its languages, whatever the packet's language.
        for (Map.Entry<Language, ?> text : ReportFixture.demoPetition().texts().entrySet()) {
            assertTrue(Files.readString(folder.resolve("packet-kr-busan.html"), StandardCharsets.UTF_8)
                    .contains("lang=\"" + text.getKey().code() + "\""));
        }
    }

    @Test
    void theSummaryKeepsCountryTotalsAndListsThePackets() throws IOException {
        assertEquals(Map.of("US", 4L, "KR", 1L, "DE", 1L, "FR", 1L, "JP", 1L), report.byCountry());
        assertEquals(Optional.of(java.time.LocalDate.parse("2027-09-24")), report.deliveryDay());
        String summary = Files.readString(folder.resolve("summary.json"), StandardCharsets.UTF_8);
        assertTrue(summary.contains("\"file\" : \"packet-us-chicago\""), summary);
        assertTrue(summary.contains("\"deliveryDay\" : \"2027-09-24\""), summary);
        String organisers = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
        for (String name : List.of("Chicago Signer", "New York Signer", "Paris Signer", "Old Houston Signer")) {
            assertTrue(organisers.contains(name), "the organisers' roster has every signer: " + name);
        }
    }

    @Test
    void theTokyoPacketIsInJapaneseWithTheJapaneseRecipients() throws IOException {
        String tokyo = Files.readString(folder.resolve("packet-jp-tokyo.html"), StandardCharsets.UTF_8);
        assertTrue(tokyo.contains("<html lang=\"ja\">"), "Japanese: the language_countries of messages_ja (JP)");
        assertTrue(tokyo.contains("Embassy of the People&#39;s Republic of China in Japan への提出資料")
                || tokyo.contains("Embassy of the People's Republic of China in Japan への提出資料"),
                "the mission's name falls back to English (the missions file has no Japanese names)");
        assertTrue(tokyo.contains("提出：2027-09-24、現地時間 12:00"));
        assertTrue(tokyo.contains("宛先: 中華人民共和国国家主席 習近平 閣下"), "the recipients as written in Japanese");
        assertTrue(tokyo.contains("東京 署名者"));
        String busan = Files.readString(folder.resolve("packet-kr-busan.html"), StandardCharsets.UTF_8);
        assertTrue(busan.contains("시진핑 중화인민공화국 주석"), "Korean recipients in the Korean packet, no longer English");
        // The PDF draws every Japanese character (IPAex Gothic where Nanum Gothic has no glyph, such as 国).
        // NFKC: the fonts map one glyph to both a CJK ideograph and its Kangxi radical (人 and ⼈), and text
        // extraction may return the radical; what is drawn is the same glyph.
        String pdf = java.text.Normalizer.normalize(pdfText("packet-jp-tokyo.pdf"), java.text.Normalizer.Form.NFKC);
        assertTrue(pdf.contains("中華人民共和国国家主席 習近平 閣下"), pdf);
        assertTrue(pdf.contains("北朝鮮難民の強制送還をやめてください"), pdf);
        assertFalse(pdf.contains("「?」"), "no character replaced, so no note about it");
    }

    private static void assertOnlyIn(Map<String, String> rosters, String text, String packet) {
        rosters.forEach((name, csv) -> assertEquals(name.equals(packet), csv.contains(text), text + " in " + name));
    }

    private Map<String, String> packetCsvs() throws IOException {
        Map<String, String> rosters = new TreeMap<>();
        for (ReportFile file : report.files()) {
            if (file.name().startsWith("packet-") && file.name().endsWith(".csv")) {
                rosters.put(file.name(), Files.readString(folder.resolve(file.name()), StandardCharsets.UTF_8));
            }
        }
        return rosters;
    }

    private String pdfText(String name) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(folder.resolve(name).toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
