package org.nkpetition.report.fakes;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.nkpetition.report.ledger.LedgerEntry;
import org.nkpetition.report.ledger.ReportLedger;
import org.nkpetition.report.request.Cutoff;

/**
 * What every {@link ReportLedger} does: the in-memory fake and the DynamoDB adapter run these same cases,
 * so tests of the report job on the fake hold on DynamoDB. Subclasses give a ledger; each case uses a
 * petition id of its own.
 */
public abstract class ReportLedgerContract {
    protected static final Instant NOW = Instant.parse("2026-09-24T00:15:00Z");
    protected static final Cutoff CUTOFF = Cutoff.of(Instant.parse("2026-09-24T00:00:00Z"));

    protected abstract ReportLedger ledger();

    /** A petition id no other case of this run uses. */
    protected abstract String freshPetitionId();

    @Test
    void anUntouchedReportHasNoEntry() {
        assertTrue(ledger().find(freshPetitionId(), CUTOFF).isEmpty());
    }

    @Test
    void oneLeaseAtATimeUntilReleasedOrExpired() {
        String petition = freshPetitionId();
        assertTrue(ledger().lease(petition, CUTOFF, NOW, NOW.plusSeconds(960)));
        assertTrue(ledger().find(petition, CUTOFF).orElseThrow().leasedAt(NOW.plusSeconds(60)));
        assertFalse(ledger().lease(petition, CUTOFF, NOW.plusSeconds(60), NOW.plusSeconds(1020)), "held");
        assertTrue(ledger().lease(petition, CUTOFF, NOW.plusSeconds(961), NOW.plusSeconds(1900)), "expired: taken over");
        ledger().release(petition, CUTOFF);
        assertFalse(ledger().find(petition, CUTOFF).orElseThrow().leasedAt(NOW.plusSeconds(962)));
        assertTrue(ledger().lease(petition, CUTOFF, NOW.plusSeconds(962), NOW.plusSeconds(1900)), "released: free");
        assertTrue(ledger().lease(freshPetitionId(), CUTOFF, NOW, NOW.plusSeconds(960)), "another report: its own lease");
    }

    @Test
    void theEmailIsClaimedOnceUnlessForcedAndAFailedSendGivesItBack() {
        String petition = freshPetitionId();
        ledger().lease(petition, CUTOFF, NOW, NOW.plusSeconds(960));
        ledger().generated(petition, CUTOFF, 12, NOW);
        assertTrue(ledger().claimEmail(petition, CUTOFF, NOW, false));
        assertFalse(ledger().claimEmail(petition, CUTOFF, NOW.plusSeconds(1), false), "already claimed");
        LedgerEntry entry = ledger().find(petition, CUTOFF).orElseThrow();
        assertEquals(NOW, entry.generatedAt().orElseThrow());
        assertEquals(NOW, entry.emailedAt().orElseThrow());

        ledger().unclaimEmail(petition, CUTOFF, NOW);
        assertTrue(ledger().find(petition, CUTOFF).orElseThrow().emailedAt().isEmpty(), "given back");
        assertTrue(ledger().claimEmail(petition, CUTOFF, NOW.plusSeconds(2), false));
        assertTrue(ledger().claimEmail(petition, CUTOFF, NOW.plusSeconds(3), true), "force claims again");
        ledger().unclaimEmail(petition, CUTOFF, NOW.plusSeconds(2));
        assertEquals(NOW.plusSeconds(3), ledger().find(petition, CUTOFF).orElseThrow().emailedAt().orElseThrow(),
                "an older run's give-back does not undo the forced claim");
    }

    @Test
    void racingRunsClaimTheEmailExactlyOnce() throws Exception {
        String petition = freshPetitionId();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Instant at = NOW.plus(Duration.ofMillis(i));
                claims.add(() -> ledger().claimEmail(petition, CUTOFF, at, false));
            }
            int won = 0;
            for (Future<Boolean> claim : pool.invokeAll(claims)) {
                won += claim.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdownNow();
        }
    }
}
