package org.nkpetition.report;

import java.io.Closeable;

/**
 * A printable report being written front to back, so that rows can stream through it: first the
 * summary, then each comment, then the roster. {@link #close()} finishes the document.
 */
public interface ReportDocument extends Closeable {
    void summary(ReportSummary summary);

    void comment(RosterEntry signer);

    void startRoster();

    void rosterRow(long number, RosterEntry signer);

    @Override
    void close();
}
