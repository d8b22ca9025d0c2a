package org.nkpetition.report.fakes;

import java.util.concurrent.atomic.AtomicInteger;
import org.nkpetition.report.ledger.ReportLedger;

/** The fake holds to the same contract as the DynamoDB adapter (DynamoDbReportLedgerTest). */
class InMemoryReportLedgerTest extends ReportLedgerContract {
    private static final AtomicInteger PETITIONS = new AtomicInteger();
    private final InMemoryReportLedger ledger = new InMemoryReportLedger();

    @Override
    protected ReportLedger ledger() {
        return ledger;
    }

    @Override
    protected String freshPetitionId() {
        return "petition-" + PETITIONS.incrementAndGet();
    }
}
