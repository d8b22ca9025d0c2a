package org.nkpetition.report.job;

import java.util.Optional;
import org.nkpetition.report.generation.WrittenReport;

/**
 * How one run of a {@code ReportJob} ended (emailed, already emailed, nobody to email, or not run because
 * another run holds the report), with the {@link WrittenReport} when this run wrote one. The outcome of a
 * run, not the report's content.
 */
public record RunOutcome(Status status, Optional<WrittenReport> report) {
    public enum Status {
        /** Written, and the organisers emailed by this run. */
        EMAILED,
        /** Written; the organisers already had this report's email (a rerun without force). */
        ALREADY_EMAILED,
        /** Written; the petition names no organisers to email. */
        NO_ORGANISERS,
        /** Not written: another run is producing this report right now. */
        IN_PROGRESS;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
