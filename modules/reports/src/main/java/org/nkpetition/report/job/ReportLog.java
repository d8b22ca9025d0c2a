package org.nkpetition.report.job;

import java.time.Instant;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nkpetition.report.output.ReportFile;
import org.nkpetition.report.request.ReportJob;

/** One JSON line per report run: petition id, cut-off, outcome, numbers, duration. Never a signer's data. */
final class ReportLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportLog() {
    }

    static void run(String trigger, ReportJob job, RunOutcome outcome, long durationMillis) {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", Instant.now().toString());
        line.put("level", "INFO");
        line.put("event", "report");
        line.put("trigger", trigger);
        line.put("petitionId", job.petitionId());
        line.put("cutoff", job.cutoff().toString());
        line.put("outcome", outcome.status().code());
        outcome.report().ifPresent(report -> {
            line.put("signatures", report.total());
            line.put("countries", report.byCountry().size());
            line.put("files", report.files().size());
            line.put("bytes", report.files().stream().mapToLong(ReportFile::bytes).sum());
        });
        line.put("durationMs", durationMillis);
        System.out.println(line);
    }

    /** A failed run: the exception's class and our frames, never its message (it may quote data). */
    static void failure(ReportJob job, Throwable error) {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", Instant.now().toString());
        line.put("level", "ERROR");
        line.put("event", "report");
        line.put("petitionId", job.petitionId());
        line.put("cutoff", job.cutoff().toString());
        line.put("error", error.getClass().getName());
        for (StackTraceElement frame : error.getStackTrace()) {
            if (frame.getClassName().startsWith("org.nkpetition.")) {
                line.withArray("at").add(frame.toString());
            }
        }
        System.out.println(line);
    }
}
