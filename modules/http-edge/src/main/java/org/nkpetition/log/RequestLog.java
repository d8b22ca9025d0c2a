package org.nkpetition.log;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One structured line per request: request id, route, status, outcome, duration. By construction it
 * takes no free text, so no name, email, token or IP can reach the logs through it.
 */
public final class RequestLog {
    private RequestLog() {
    }

    public static void request(String requestId, String route, int status, String outcome, long durationMicros) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().toString());
        line.put("level", status >= 500 ? "ERROR" : "INFO");
        line.put("requestId", requestId);
        line.put("route", route);
        line.put("status", status);
        line.put("outcome", outcome);
        line.put("durationMs", durationMicros / 1000.0);
        print(line);
    }

    /** An unexpected failure: its type and where it happened, never its message (which may quote input). */
    public static void failure(String requestId, String route, Throwable error) {
        Map<String, Object> line = new LinkedHashMap<>();
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
        List<String> at = new ArrayList<>();
        for (int i = 0; i < trace.length && at.size() < 8; i++) {
            if (i < 2 || trace[i].getClassName().startsWith("org.nkpetition.")) {
                at.add(trace[i].toString());
            }
        }
        if (!at.isEmpty()) {
            line.put("at", at);
        }
        print(line);
    }

    private static void print(Map<String, Object> line) {
        String json;
        try {
            json = JSON.std.asString(line);
        } catch (IOException e) {
            json = "{\"level\":\"ERROR\",\"event\":\"log-line-unwritable\"}";
        }
        out().println(json);
    }

    private static PrintStream out() {
        return System.out;
    }
}
