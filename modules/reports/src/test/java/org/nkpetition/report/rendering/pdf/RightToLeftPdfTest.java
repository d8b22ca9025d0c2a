package org.nkpetition.report.rendering.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.petition.PetitionJson;
import org.nkpetition.report.content.DocumentFrontMatter;
import org.nkpetition.report.content.RosterEntry;
import org.nkpetition.report.request.Cutoff;
import org.nkpetition.signature.DisplayName;

/**
 * A packet with Arabic, Hebrew and decomposed Hangul names and comments, read back with PDFBox's
 * text extraction (which undoes shaping and visual order): what comes out is what signers wrote.
 * The PDF is kept as target/rtl-packet.pdf for a look (pdftoppm -png).
 */
class RightToLeftPdfTest {
    static final String ARABIC_NAME = "\u0645\u062D\u0645\u062F \u0639\u0644\u064A";          // محمد علي
    static final String HEBREW_NAME = "\u05D3\u05D5\u05D3 \u05DB\u05D4\u05DF";               // דוד כהן
    static final String HANGUL_NFD = Normalizer.normalize("김민지", Normalizer.Form.NFD);
    static final String ARABIC_COMMENT = "\u0644\u0627 \u0644\u0644\u0625\u0639\u0627\u062F\u0629 \u0627\u0644\u0642\u0633\u0631\u064A\u0629"; // لا للإعادة القسرية
    static final String HEBREW_COMMENT = "\u05E2\u05E6\u05E8\u05D5 \u05D0\u05EA \u05D4\u05D2\u05D9\u05E8\u05D5\u05E9 (2026)"; // עצרו את הגירוש (2026)

    @Test
    void rightToLeftAndDecomposedTextComesBackAsWritten() throws IOException {
        byte[] pdf = packet();
        Path kept = Path.of("target", "rtl-packet.pdf");
        Files.createDirectories(kept.getParent());
        Files.write(kept, pdf);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFKC);
        for (String word : List.of("\u0645\u062D\u0645\u062F", "\u0639\u0644\u064A", "\u05D3\u05D5\u05D3", "\u05DB\u05D4\u05DF",
                "\u05D4\u05D2\u05D9\u05E8\u05D5\u05E9", "\u0627\u0644\u0642\u0633\u0631\u064A\u0629", "김민지", "김.")) {
            assertTrue(composed.contains(word), "the PDF reads back " + word + " in:\n" + composed);
        }
        assertFalse(text.contains("\u1100"), "no loose jamo");
        assertFalse(text.contains("?"), "everything here can be drawn:\n" + text);
    }

    @Test
    void characterNoFontHasIsNotedOnThePage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocument report = start(out);
        report.rosterRow(1, entry("\uD80C\uDC00 Hieroglyph", DisplayName.FULL, Optional.empty())); // U+13000
        report.close();
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("could not be drawn"), text);
            assertTrue(text.contains("CSV"), text);
        }
    }

    static byte[] packet() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocument report = start(out);
        report.comment(entry(ARABIC_NAME, DisplayName.FULL, Optional.of(ARABIC_COMMENT)));
        report.comment(entry(HEBREW_NAME, DisplayName.FULL, Optional.of(HEBREW_COMMENT)));
        report.comment(entry(HANGUL_NFD, DisplayName.FULL, Optional.of(HANGUL_NFD + " \u202Eevil\u202C ok")));
        report.startRoster();
        report.rosterRow(1, entry(ARABIC_NAME, DisplayName.FULL, Optional.empty()));
        report.rosterRow(2, entry(HEBREW_NAME, DisplayName.FULL, Optional.empty()));
        report.rosterRow(3, entry(HANGUL_NFD, DisplayName.FULL, Optional.empty()));
        report.rosterRow(4, entry(DisplayName.INITIALS.render(HANGUL_NFD).orElseThrow(), DisplayName.INITIALS,
                Optional.empty()));
        report.close();
        return out.toByteArray();
    }

    private static PdfDocument start(ByteArrayOutputStream out) {
        Petition petition = PetitionJson.read("{\"id\":\"rtl\",\"status\":\"open\",\"texts\":{\"en\":{\"title\":\"Stop forced repatriation\","
                + "\"summary\":\"\",\"body\":\"Body.\"}},\"recipients\":[\"Embassy\"]}");
        PdfDocument report = new PdfDocument(out);
        TreeMap<String, Long> none = new TreeMap<>();
        report.frontMatter(new DocumentFrontMatter(petition, Cutoff.of(Instant.parse("2026-09-24T00:00:00Z")), Language.EN,
                Optional.of("IL"), 4, 4, none, List.of(), new TreeMap<>(), 3));
        return report;
    }

    private static RosterEntry entry(String name, DisplayName display, Optional<String> comment) {
        return new RosterEntry(Instant.parse("2026-09-01T00:00:00Z"), Optional.of(name), display, "IL",
                Optional.of("\u05EA\u05DC \u05D0\u05D1\u05D9\u05D1"), comment);
    }
}
