package org.nkpetition.report.ledger;

import java.time.Instant;
import java.util.Optional;

/**
 * One report's record in the {@link ReportLedger}: the lease while a run holds it, when the files were
 * written, when the emails were claimed. Not the report itself (its files are in the output) and nothing
 * about signers.
 */
public record LedgerEntry(Optional<Instant> leaseUntil, Optional<Instant> generatedAt, Optional<Instant> emailedAt) {
    public boolean leasedAt(Instant now) {
        return leaseUntil.isPresent() && leaseUntil.get().isAfter(now);
    }
}
