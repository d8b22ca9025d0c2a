package org.nkpetition.report;

import java.util.Optional;

/** How a run ended, and the report when one was written. */
public record ReportOutcome(Status status, Optional<GeneratedReport> report) {
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
