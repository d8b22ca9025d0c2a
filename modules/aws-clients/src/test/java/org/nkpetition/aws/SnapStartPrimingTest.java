package org.nkpetition.aws;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The checkpoint never fails over a priming (it logs); tests calling primeNow see the failure. */
class SnapStartPrimingTest {

    @Test
    void primeNowRunsThePrimerAndLetsItsFailureThrough() {
        AtomicInteger runs = new AtomicInteger();
        SnapStartPriming.register(runs::incrementAndGet).primeNow();
        assertEquals(1, runs.get());
        SnapStartPriming failing = SnapStartPriming.register(() -> {
            throw new IllegalStateException("table missing");
        });
        assertThrows(IllegalStateException.class, failing::primeNow);
    }

    @Test
    void theCheckpointLogsAFailedPrimingWithoutItsMessage() {
        SnapStartPriming failing = SnapStartPriming.register(() -> {
            throw new IllegalStateException("secret@example.org");
        });
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            assertDoesNotThrow(() -> failing.beforeCheckpoint(null));
        } finally {
            System.setOut(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("SnapStart priming failed") && log.contains("IllegalStateException"), log);
        assertFalse(log.contains("secret@example.org"));
    }
}
