package org.nkpetition.report.routes;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON line per report download attempt: request id, outcome, and the petition, cut-off and
 * file the token named (when it was a good one). Never the token, an IP or a user agent: who
 * downloads what is known by request id, and API Gateway's access log carries no IP either.
 */
final class DownloadLog {
    private DownloadLog() {
    }

    /** {@code objectKey} is reports/{petitionId}/{cutoff}/{file}, or null when the token named nothing. */
    static void line(String requestId, String outcome, String objectKey) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().toString());
        line.put("level", "INFO");
        line.put("event", "report-download");
        line.put("requestId", requestId);
        line.put("outcome", outcome);
        if (objectKey != null) {
            String[] parts = objectKey.split("/", 4);
            line.put("petitionId", parts[1]);
            line.put("cutoff", parts[2]);
            line.put("file", parts[3]);
        }
        try {
            System.out.println(JSON.std.asString(line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
