package org.nkpetition.report.job;

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
import org.nkpetition.report.email.CoordinatorEmail;
import org.nkpetition.report.email.OrganiserEmail;
import org.nkpetition.report.generation.ReportGenerator;
import org.nkpetition.report.generation.WrittenReport;
import org.nkpetition.report.ledger.ReportLedger;
import org.nkpetition.report.output.ReportFolder;
import org.nkpetition.report.output.ReportLinks;
import org.nkpetition.report.output.ReportStorage;
import org.nkpetition.report.request.ReportJob;

/**
 * Runs one report job: takes the lease on (petition, cut-off) in the {@link ReportLedger}, writes every
 * file into the {@link ReportStorage}, records it, and emails the organisers (every file) and each
 * mission's coordinator (only their packet, see {@link CoordinatorEmail}) unless this report was already
 * emailed (or {@code force}). One claim in the ledger covers both, so racing runs send each email once.
 * Reruns rewrite the same files (byte-identical CSV for the same cut-off) without emailing again.
 * Addresses are never logged: {@link EmailMessage#toString()} is redacted and nothing here logs.
 */
public final class ReportRunner {
    /** Longer than the function's 15-minute limit: a run that died lets the next one take over. */
    static final Duration LEASE = Duration.ofMinutes(16);

    private final ReportGenerator generator;
    private final ReportStorage storage;
    private final ReportLedger ledger;
    private final Mailer mailer;
    private final Clock clock;
    private final Optional<DeliveryStore> deliveries;

    /** Without deliveries: the organisers only (tools and tests that have no petitions table). */
    public ReportRunner(ReportGenerator generator, ReportStorage storage, ReportLedger ledger, Mailer mailer, Clock clock) {
        this(generator, storage, ledger, mailer, clock, Optional.empty());
    }

    /** {@code deliveries} gives each mission's coordinator address (read once per report, after generating). */
    public ReportRunner(ReportGenerator generator, ReportStorage storage, ReportLedger ledger, Mailer mailer, Clock clock,
            Optional<DeliveryStore> deliveries) {
        this.generator = generator;
        this.storage = storage;
        this.ledger = ledger;
        this.mailer = mailer;
        this.clock = clock;
        this.deliveries = deliveries;
    }

    /** Runs {@code job} for {@code petition}; storage, mail and ledger faults propagate (the caller logs and retries). */
    public RunOutcome run(Petition petition, ReportJob job) {
        Instant started = clock.instant();
        if (!ledger.lease(petition.id(), job.cutoff(), started, started.plus(LEASE))) {
            return new RunOutcome(RunOutcome.Status.IN_PROGRESS, Optional.empty());
        }
        try {
            ReportFolder folder = storage.open(petition.id(), job.cutoff());
            WrittenReport report = generator.generate(petition, job.cutoff(), job.language(), folder);
            Instant now = clock.instant();
            ledger.generated(petition.id(), job.cutoff(), report.total(), now);
            boolean hasMissionPackets = report.packets().stream().anyMatch(written -> written.packet().isMission());
            List<Delivery> coordinated = deliveries.isEmpty() || !hasMissionPackets ? List.of()
                    : deliveries.get().list(petition.id()).stream().filter(d -> !d.coordinatorEmail().isBlank()).toList();
            if (petition.organisers().isEmpty() && coordinated.isEmpty()) {
                return new RunOutcome(RunOutcome.Status.NO_ORGANISERS, Optional.of(report));
            }
            if (!ledger.claimEmail(petition.id(), job.cutoff(), now, job.force())) {
                return new RunOutcome(RunOutcome.Status.ALREADY_EMAILED, Optional.of(report));
            }
            try {
                ReportLinks links = folder.links(job.language(), job.linkBase(), now);
                List<EmailMessage> emails = new ArrayList<>(OrganiserEmail.compose(petition, report, links, job.language()));
                emails.addAll(CoordinatorEmail.compose(petition, report, links, coordinated));
                emails.forEach(mailer::send);
            } catch (RuntimeException failed) {
                // Give the claim back so the next scheduled run (or a rerun) sends it.
                ledger.unclaimEmail(petition.id(), job.cutoff(), now);
                throw failed;
            }
            return new RunOutcome(RunOutcome.Status.EMAILED, Optional.of(report));
        } finally {
            ledger.release(petition.id(), job.cutoff());
        }
    }
}
