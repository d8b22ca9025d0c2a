package org.nkpetition.log;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Instant;

/**
 * One structured line per request: request id, route, status, outcome, duration. By construction it
 * takes no free text, so no name, email, token or IP can reach the logs through it.
 */
public final class RequestLog {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RequestLog() {
    }

    public static void request(String requestId, String route, int status, String outcome, long durationMicros) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("time", Instant.now().toString());
        line.put("level", status >= 500 ? "ERROR" : "INFO");
        line.put("requestId", requestId);
        line.put("route", route);
        line.put("status", status);
        line.put("outcome", outcome);
        line.put("durationMs", durationMicros / 1000.0);
        out().println(line);
    }

    /** An unexpected failure: its type and where it happened, never its message (which may quote input). */
    public static void failure(String requestId, String route, Throwable error) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("time", Instant.now().toString());
        line.put("level", "ERROR");
        line.put("requestId", requestId);
        line.put("route", route);
        line.put("error", error.getClass().getName());
        if (error instanceof software.amazon.awssdk.awscore.exception.AwsServiceException aws && aws.awsErrorDetails() != null) {
            line.put("awsErrorCode", aws.awsErrorDetails().errorCode());
        }
        // Our own frames say where; the SDK's frames would only crowd them out.
        StackTraceElement[] trace = error.getStackTrace();
        for (int i = 0, shown = 0; i < trace.length && shown < 8; i++) {
            if (i < 2 || trace[i].getClassName().startsWith("org.nkpetition.")) {
                line.withArray("at").add(trace[i].toString());
                shown++;
            }
        }
        out().println(line);
    }

    private static PrintStream out() {
        return System.out;
    }
}
