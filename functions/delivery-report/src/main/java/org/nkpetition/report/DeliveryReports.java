package org.nkpetition.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nkpetition.deliveries.Delivery;
import org.nkpetition.deliveries.DeliveryStore;
import org.nkpetition.domain.Petition;
import org.nkpetition.mail.EmailMessage;
import org.nkpetition.mail.Mailer;

/**
 * Runs a report job: takes the lease on (petition, cut-off), writes every file, records it, and
 * emails the organisers (every file) and each mission's coordinator (only their packet, see
 * {@link CoordinatorEmail}) unless this report was already emailed (or {@code force}). One claim in
 * the ledger covers both, so racing runs send each email once. Reruns rewrite the same files
 * (byte-identical CSV for the same cut-off) without emailing again. Addresses are never logged:
 * {@link EmailMessage#toString()} is redacted and nothing here logs.
 */
public final class DeliveryReports {
    /** Longer than the function's 15-minute limit: a run that died lets the next one take over. */
    static final Duration LEASE = Duration.ofMinutes(16);

    private final ReportGenerator generator;
    private final ReportOutput output;
    private final ReportLedger ledger;
    private final Mailer mailer;
    private final Clock clock;
    private final DeliveryStore deliveries;

    /** Without deliveries: the organisers only (tools and tests that have no petitions table). */
    public DeliveryReports(ReportGenerator generator, ReportOutput output, ReportLedger ledger, Mailer mailer, Clock clock) {
        this(generator, output, ledger, mailer, clock, null);
    }

    /** {@code deliveries} gives each mission's coordinator address (read once per report, after generating). */
    public DeliveryReports(ReportGenerator generator, ReportOutput output, ReportLedger ledger, Mailer mailer, Clock clock,
            DeliveryStore deliveries) {
        this.generator = generator;
        this.output = output;
        this.ledger = ledger;
        this.mailer = mailer;
        this.clock = clock;
        this.deliveries = deliveries;
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
            boolean hasMissionPackets = report.packets().stream().anyMatch(written -> written.packet().isMission());
            List<Delivery> coordinated = deliveries == null || !hasMissionPackets ? List.of()
                    : deliveries.list(petition.id()).stream().filter(d -> !d.coordinatorEmail().isBlank()).toList();
            if (petition.organisers().isEmpty() && coordinated.isEmpty()) {
                return new ReportOutcome(ReportOutcome.Status.NO_ORGANISERS, Optional.of(report));
            }
            if (!ledger.claimEmail(petition.id(), job.cutoff(), now, job.force())) {
                return new ReportOutcome(ReportOutcome.Status.ALREADY_EMAILED, Optional.of(report));
            }
            try {
                ReportLinks links = output.links(sink, job, now);
                List<EmailMessage> emails = new ArrayList<>(OrganiserEmail.compose(petition, report, links, job.language()));
                emails.addAll(CoordinatorEmail.compose(petition, report, links, coordinated));
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
