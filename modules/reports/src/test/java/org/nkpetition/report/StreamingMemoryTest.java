package org.nkpetition.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nkpetition.localstack.ProjectFiles;

/**
 * "Generation streams: memory stays flat however many signatures there are" (DESIGN.md), as a test.
 * {@link ReportMemoryProbe}, in forked JVMs with the serial collector, reads the live heap (after
 * full collections, at the same points of the work whatever the number of signers) while it either
 * generates the whole report (every file, every packet) or merely holds the signers, for
 * {@value #FEW} and then {@value #MANY} signers with every field at its maximum in Hangul.
 * Holding the extra signers, what any generator that is not streaming must at least do, costs
 * about 2 KB each; generating the report for them must raise the peak live heap by less than half
 * of that. What the report does hold is bounded on its own: the fonts and what PDFBox keeps of
 * each page of an open volume (about 5 KB a page, see PdfCanvas), so the volumes here are small
 * ({@value #PAGES_PER_VOLUME} pages, filled many times over) to show the bound without writing
 * thousands of pages. The peak moves by a few MB between runs with where the readings fall in
 * each volume; measured here: 59 MB for 2,000 signers, 62 MB for 8,000 (with one volume for
 * everything it grew by 1.6 KB a signer: the 500-character comments fill pages fast). Memory only;
 * no time is measured, and the bound on waiting is only a bound.
 */
class StreamingMemoryTest {
    static final int FEW = 2_000;
    static final int MANY = 8_000;
    /** Small volumes, so that even the few signers fill several: the bound shows without thousands of pages. */
    static final int PAGES_PER_VOLUME = 40;
    private static final Pattern PEAK = Pattern.compile("(?m)^peak (\\d+)$");

    @Test
    void thePeakLiveHeapHardlyGrowsWithTheSignersWhileTheWholeReportIsGenerated() throws Exception {
        double heldPerSigner = (double) (peak("collect", MANY) - peak("collect", FEW)) / (MANY - FEW);
        assertTrue(heldPerSigner > 1000, "holding a signer with every field full costs over a kilobyte, measured " + heldPerSigner);

        double streamedPerSigner = (double) (peak("stream", MANY) - peak("stream", FEW)) / (MANY - FEW);
        assertTrue(streamedPerSigner < heldPerSigner / 2, String.format(
                "the peak live heap grew by %.0f bytes a signer while generating the report; holding the signers costs %.0f",
                streamedPerSigner, heldPerSigner));
    }

    private static long peak(String mode, int signers) throws IOException, InterruptedException {
        Path log = Files.createTempFile("report-memory-" + mode, ".log");
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(javaCommand, "-Xmx512m", "-XX:+UseSerialGC", "-Dreport.pdf.pagesPerVolume=" + PAGES_PER_VOLUME, "-Dproject.root=" + ProjectFiles.root(),
                "-cp", System.getProperty("java.class.path"), ReportMemoryProbe.class.getName(), mode, Integer.toString(signers)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(mode + " did not finish within 10 minutes");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertEquals(0, process.exitValue(), mode + " " + signers + " failed:\n" + output);
        if (mode.equals("stream")) {
            assertTrue(output.contains("generated " + signers + " signers"), output);
        }
        Matcher peak = PEAK.matcher(output);
        assertTrue(peak.find(), output);
        System.out.println(mode + " " + signers + " signers: peak live heap " + peak.group(1) + " bytes");
        return Long.parseLong(peak.group(1));
    }
}
