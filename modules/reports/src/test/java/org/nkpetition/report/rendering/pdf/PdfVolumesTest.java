package org.nkpetition.report.rendering.pdf;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.report.ReportFixture;
import org.nkpetition.report.content.DocumentFrontMatter;
import org.nkpetition.report.content.RosterEntry;
import org.nkpetition.report.generation.Tally;
import org.nkpetition.report.request.Cutoff;
import org.nkpetition.signature.DisplayName;

/** A long PDF is written in volumes, each a whole PDF with its fonts, page numbers running on. */
class PdfVolumesTest {
    @Test
    void aLongRosterContinuesInTheNextVolume() throws IOException {
        Petition petition = ReportFixture.demoPetition();
        List<ByteArrayOutputStream> volumes = new ArrayList<>();
        PdfDocument pdf = new PdfDocument(volume -> {
            assertEquals(volumes.size() + 1, volume);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            volumes.add(out);
            return out;
        }, 3);
        Tally tally = new Tally(petition.timeZone());
        pdf.frontMatter(tally.frontMatterForOrganisers(petition, Cutoff.of(Instant.parse("2026-09-24T00:00:00Z")), Language.EN));
        pdf.startRoster();
        int rows = 400;
        for (int i = 1; i <= rows; i++) {
            pdf.rosterRow(i, new RosterEntry(Instant.parse("2026-09-01T00:00:00Z"), Optional.of("서명자 " + i), DisplayName.FULL,
                    "KR", Optional.of("Seoul"), Optional.empty()));
        }
        pdf.close();

        assertTrue(volumes.size() >= 3, "several volumes of at most 3 pages: " + volumes.size());
        StringBuilder all = new StringBuilder();
        for (ByteArrayOutputStream volume : volumes) {
            try (PDDocument document = Loader.loadPDF(volume.toByteArray())) {
                assertTrue(document.getNumberOfPages() <= 3);
                all.append(new PDFTextStripper().getText(document));
            }
        }
        String text = all.toString();
        assertTrue(text.contains("서명자 1\n") || text.contains("서명자 1 "), "Hangul in the first volume");
        assertTrue(text.contains("서명자 " + rows), "and in the last one");
        assertTrue(text.contains("Confirmed"), "each page repeats the column headings");
    }
}
