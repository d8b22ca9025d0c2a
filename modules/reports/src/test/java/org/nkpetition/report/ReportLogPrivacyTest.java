package org.nkpetition.report;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.fakes.CapturedLogs;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.signature.DisplayName;

/** A report run that fails (its bucket is gone) logs the failure, and nothing of any signer. */
class ReportLogPrivacyTest {
    private final ReportFixture fixture = new ReportFixture();

    @BeforeEach
    void signers() {
        fixture.reset();
        fixture.signer("Secret Signer", "secret.signer@example.org", "KR", "Secretcity", "A secret comment",
                DisplayName.FULL, Instant.parse("2026-09-20T01:00:00Z"));
        fixture.extra.put("REPORTS_BUCKET", "no-such-bucket");
    }

    @Test
    void failingRunsLogNoSignerData() {
        String logs = CapturedLogs.of(() -> {
            assertThrows(IllegalStateException.class, () -> fixture.worker(Instant.parse("2026-09-24T00:15:00Z"))
                    .handle(Map.of("scheduledTime", "2026-09-24T00:15:00Z")), "the scheduled run fails loudly");
            assertThrows(IllegalStateException.class, () -> fixture.job(Instant.parse("2026-11-23T09:00:00Z"),
                    "{\"cutoff\":\"2026-09-24T00:00:00Z\",\"force\":true}"), "the on-demand job fails too");
        });
        assertTrue(logs.contains("ERROR") || logs.contains("failed"), "the failure is logged:\n" + logs);
        CapturedLogs.assertNoneOf(logs, List.of("Secret Signer", "secret.signer", "Secretcity", "A secret comment",
                "S. S.", "organiser@example.org"));
    }
}
