package org.nkpetition.report.ledger;

import java.time.Instant;
import java.util.Optional;
import org.nkpetition.report.request.Cutoff;

/**
 * What happened to each report (one petition, one cut-off): which run is writing it now (a lease, so
 * overlapping runs do not both work), when it was written and when its emails were claimed. "Email
 * once" rests on {@link #claimEmail}: exactly one caller gets {@code true} for a report, however runs
 * race (unless {@code force}). Holds no signer data.
 *
 * <p>Adapters: {@code ledger.dynamodb.DynamoDbReportLedger} (the signatures table, conditional writes);
 * the tests' in-memory fake ({@code org.nkpetition.report.fakes.InMemoryReportLedger}), held to the same
 * contract ({@code ReportLedgerContract}). Storage faults propagate as the adapter's runtime exceptions.
 */
public interface ReportLedger {
    /** The report's record, read consistently; empty when no run ever touched it. */
    Optional<LedgerEntry> find(String petitionId, Cutoff cutoff);

    /** Takes the report for this run until {@code until}; false while another run holds an unexpired lease. */
    boolean lease(String petitionId, Cutoff cutoff, Instant now, Instant until);

    /** Gives the lease back (at the end of a run, whatever happened). */
    void release(String petitionId, Cutoff cutoff);

    /** Records that the files were written, with how many signatures they count. */
    void generated(String petitionId, Cutoff cutoff, long total, Instant now);

    /**
     * Claims the report's emails for this run: true for exactly one run unless {@code force} (an operator
     * asking for them again). A failed send gives the claim back with {@link #unclaimEmail}.
     */
    boolean claimEmail(String petitionId, Cutoff cutoff, Instant now, boolean force);

    /** Gives back the claim made at {@code claimedAt}; a claim made since by a forced run stands. */
    void unclaimEmail(String petitionId, Cutoff cutoff, Instant claimedAt);
}
