package org.nkpetition.report.job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.petition.PetitionStore;
import org.nkpetition.report.ledger.ReportLedger;
import org.nkpetition.report.request.Cutoff;
import org.nkpetition.report.request.ReportJob;

/**
 * What a scheduled run should produce. The schedule is static (every 15 minutes); the dates are
 * data: an open petition is due once its delivery moment is {@link #SETTLE} old (the index that
 * lists confirmed signers is eventually consistent: let the last ones arrive) and until it is
 * {@link #CATCH_UP} old (runs that failed are retried that long), unless its report is done.
 */
final class DueReports {
    static final Duration SETTLE = Duration.ofMinutes(5);
    static final Duration CATCH_UP = Duration.ofHours(24);

    record Due(Petition petition, ReportJob job) {
    }

    private final PetitionStore petitions;
    private final ReportLedger ledger;

    DueReports(PetitionStore petitions, ReportLedger ledger) {
        this.petitions = petitions;
        this.ledger = ledger;
    }

    List<Due> at(Instant scheduledTime) {
        List<Due> due = new ArrayList<>();
        for (Petition petition : petitions.list()) {
            if (!petition.isOpen()) {
                continue;
            }
            Optional<Cutoff> cutoff = DeliveryDates.latest(petition, scheduledTime.minus(SETTLE), CATCH_UP.minus(SETTLE));
            if (cutoff.isPresent() && !done(petition, cutoff.get())) {
                due.add(new Due(petition, new ReportJob(petition.id(), cutoff.get(), Language.EN, false)));
            }
        }
        return due;
    }

    /** Written, and emailed (or there is nobody to email). */
    private boolean done(Petition petition, Cutoff cutoff) {
        return ledger.find(petition.id(), cutoff)
                .filter(entry -> entry.generatedAt().isPresent())
                .filter(entry -> entry.emailedAt().isPresent() || petition.organisers().isEmpty())
                .isPresent();
    }
}
