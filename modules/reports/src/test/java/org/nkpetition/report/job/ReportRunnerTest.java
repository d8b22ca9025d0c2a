package org.nkpetition.report.job;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.fakes.RecordingMailer;
import org.nkpetition.report.ReportFixture;
import org.nkpetition.report.fakes.InMemoryReportLedger;
import org.nkpetition.report.generation.ReportGenerator;
import org.nkpetition.report.output.DirectoryStorage;
import org.nkpetition.report.request.Cutoff;
import org.nkpetition.report.request.ReportJob;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.DisplayName;

/**
 * The run's rules on fakes (ledger in memory, files in a temporary folder, a recording mailer): one run
 * at a time, the organisers emailed once unless forced, and a failed send given back for the next run.
 */
class ReportRunnerTest {
    private static final Instant NOW = Instant.parse("2026-09-24T00:15:00Z");
    private static final Cutoff CUTOFF = Cutoff.of(Instant.parse("2026-09-24T00:00:00Z"));
    private final Petition petition = ReportFixture.demoPetition();
    private final InMemoryReportLedger ledger = new InMemoryReportLedger();
    private final RecordingMailer mailer = new RecordingMailer();
    @TempDir
    Path folder;

    private ReportRunner runner() throws IOException {
        ConfirmedSignature signer = new ConfirmedSignature(petition.id(), "key-1", Optional.of("Kim Min-ji"), DisplayName.FULL,
                "KR", Optional.of("Seoul"), Optional.empty(), Instant.parse("2026-09-01T00:00:00Z"), Language.EN, false,
                Optional.empty());
        ReportGenerator generator = new ReportGenerator(id -> List.of(signer).stream(),
                Files.createDirectories(folder.resolve("work")));
        return new ReportRunner(generator, new DirectoryStorage(folder.resolve("reports")), ledger, mailer,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private ReportJob job(boolean force) {
        return new ReportJob(petition.id(), CUTOFF, Language.EN, force);
    }

    @Test
    void aReportAnotherRunHoldsIsNotWritten() throws IOException {
        ledger.lease(petition.id(), CUTOFF, NOW, NOW.plusSeconds(600));
        RunOutcome outcome = runner().run(petition, job(false));
        assertEquals(RunOutcome.Status.IN_PROGRESS, outcome.status());
        assertTrue(outcome.report().isEmpty());
        assertFalse(Files.exists(folder.resolve("reports")), "nothing written");
        assertEquals(List.of(), mailer.sent());
    }

    @Test
    void theOrganisersAreEmailedOnceUnlessForced() throws IOException {
        assertEquals(RunOutcome.Status.EMAILED, runner().run(petition, job(false)).status());
        int emails = mailer.sent().size();
        assertTrue(emails >= 1, "every organiser");
        RunOutcome rerun = runner().run(petition, job(false));
        assertEquals(RunOutcome.Status.ALREADY_EMAILED, rerun.status());
        assertEquals(1, rerun.report().orElseThrow().total(), "the files are written again all the same");
        assertEquals(emails, mailer.sent().size());
        assertEquals(RunOutcome.Status.EMAILED, runner().run(petition, job(true)).status());
        assertEquals(2 * emails, mailer.sent().size());
        assertFalse(ledger.find(petition.id(), CUTOFF).orElseThrow().leasedAt(NOW), "the lease is given back");
    }

    @Test
    void aFailedSendGivesTheClaimBackForTheNextRun() throws IOException {
        mailer.failWhen(message -> true);
        assertThrows(IllegalStateException.class, () -> runner().run(petition, job(false)));
        assertTrue(ledger.find(petition.id(), CUTOFF).orElseThrow().emailedAt().isEmpty(), "claim given back");
        assertFalse(ledger.find(petition.id(), CUTOFF).orElseThrow().leasedAt(NOW), "lease given back");

        mailer.failWhen(message -> false);
        assertEquals(RunOutcome.Status.EMAILED, runner().run(petition, job(false)).status());
    }
}
