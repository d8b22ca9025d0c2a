package org.nkpetition.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.nkpetition.domain.Petition;
import org.nkpetition.mail.EmailMessage;
import org.nkpetition.mail.Mailer;

/**
 * Runs a report job: takes the lease on (petition, cut-off), writes every file, records it, and
 * emails the organisers unless they already had this report (or {@code force}). Reruns rewrite
 * the same files (byte-identical CSV for the same cut-off) without emailing again.
 */
public final class DeliveryReports {
    /** Longer than the function's 15-minute limit: a run that died lets the next one take over. */
    static final Duration LEASE = Duration.ofMinutes(16);

    private final ReportGenerator generator;
    private final ReportOutput output;
    private final ReportLedger ledger;
    private final Mailer mailer;
    private final Clock clock;

    public DeliveryReports(ReportGenerator generator, ReportOutput output, ReportLedger ledger, Mailer mailer, Clock clock) {
        this.generator = generator;
        this.output = output;
        this.ledger = ledger;
        this.mailer = mailer;
        this.clock = clock;
    }

    public ReportOutcome run(Petition petition, ReportJob job) {
        Instant started = clock.instant();
        if (!ledger.lease(petition.id(), job.cutoff(), started, started.plus(LEASE))) {
            return new ReportOutcome(ReportOutcome.Status.IN_PROGRESS, Optional.empty());
        }
        try {
            ReportSink sink = output.sink(petition.id(), job.cutoff());
            GeneratedReport report = generator.generate(petition, job.cutoff(), job.language(), sink);
            Instant now = clock.instant();
            ledger.generated(petition.id(), job.cutoff(), report.total(), now);
            if (petition.organisers().isEmpty()) {
                return new ReportOutcome(ReportOutcome.Status.NO_ORGANISERS, Optional.of(report));
            }
            if (!ledger.claimEmail(petition.id(), job.cutoff(), now, job.force())) {
                return new ReportOutcome(ReportOutcome.Status.ALREADY_EMAILED, Optional.of(report));
            }
            try {
                List<EmailMessage> emails = OrganiserEmail.compose(petition, report, output.links(sink, job, now), job.language());
                emails.forEach(mailer::send);
            } catch (RuntimeException failed) {
                // Give the claim back so the next scheduled run (or a rerun) sends it.
                ledger.unclaimEmail(petition.id(), job.cutoff(), now);
                throw failed;
            }
            return new ReportOutcome(ReportOutcome.Status.EMAILED, Optional.of(report));
        } finally {
            ledger.release(petition.id(), job.cutoff());
        }
    }
}
