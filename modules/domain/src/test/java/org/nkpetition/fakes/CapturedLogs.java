package org.nkpetition.fakes;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What code printed to standard output and error (where Lambda's logs come from), for log-privacy tests. */
public final class CapturedLogs {
    private CapturedLogs() {
    }

    /** Runs the action with System.out and System.err captured; returns everything printed. */
    public static String of(Runnable action) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            action.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** Fails naming the first secret found in the logs. */
    public static void assertNoneOf(String logs, Iterable<String> secrets) {
        for (String secret : secrets) {
            assertFalse(logs.contains(secret), "a log line contains " + secret + ":\n" + logs);
        }
    }
}
