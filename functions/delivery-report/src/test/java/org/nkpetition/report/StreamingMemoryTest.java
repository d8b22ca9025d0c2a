package org.nkpetition.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.nkpetition.localstack.ProjectFiles;

/**
 * "Generation streams: memory stays flat however many signatures there are" (DESIGN.md), as a test:
 * in a forked JVM whose heap is too small to hold the signers at once (the control run proves it),
 * the whole report is generated all the same. A generator that collected the signers, or built a
 * file in memory, would run out of heap. 140,000 signers with every field at its maximum (about
 * 1 KB each held: 140 MB) in a 128 MB heap. Measured here (2026-11-30, load average ~13 on 2 cores):
 * holding them ran out of that heap; the streamed report of all 140,000 was generated in it, in
 * 200 CPU-seconds, mostly PDF (150,000 in 96 MB had not finished after 235 CPU-seconds, and 64 MB
 * is too small for the PDF fonts themselves). {@code -Dreport.memory.rows=} and
 * {@code -Dreport.memory.heapMb=} change the size. No time is measured; the bound on waiting is
 * only a bound.
 */
class StreamingMemoryTest {
    static final String HEAP = "-Xmx" + Integer.getInteger("report.memory.heapMb", 128) + "m";
    static final String ROWS = Integer.toString(Integer.getInteger("report.memory.rows", 140_000));

    @Test
    void theWholeReportIsGeneratedInAHeapThatCannotHoldItsSigners() throws Exception {
        Result control = probe("collect");
        assertNotEquals(0, control.exit(), "the heap must be too small to hold " + ROWS + " signers, else this proves nothing:\n"
                + control.output());
        assertTrue(control.output().contains("OutOfMemoryError"), control.output());

        Result streamed = probe("stream");
        assertEquals(0, streamed.exit(), "the report did not fit in " + HEAP + ":\n" + streamed.output());
        assertTrue(streamed.output().contains("generated " + ROWS + " signers"), streamed.output());
    }

    private record Result(int exit, String output) {
    }

    private static Result probe(String mode) throws IOException, InterruptedException {
        Path log = java.nio.file.Files.createTempFile("report-memory-" + mode, ".log");
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(javaCommand, HEAP, "-XX:+UseSerialGC", "-Dproject.root=" + ProjectFiles.root(),
                "-cp", System.getProperty("java.class.path"), ReportMemoryProbe.class.getName(), mode, ROWS))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(mode + " did not finish within 30 minutes");
        }
        String output = java.nio.file.Files.readString(log, StandardCharsets.UTF_8);
        java.nio.file.Files.delete(log);
        return new Result(process.exitValue(), output.length() > 4000 ? output.substring(0, 4000) : output);
    }
}
