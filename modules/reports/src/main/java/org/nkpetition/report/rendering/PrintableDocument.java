package org.nkpetition.report.rendering;

import java.io.Closeable;
import org.nkpetition.report.content.DocumentFrontMatter;
import org.nkpetition.report.content.RosterEntry;

/**
 * A printable report being written front to back, so that rows can stream through it: first the
 * summary, then each comment, then the roster. {@link #close()} finishes the document.
 */
public interface PrintableDocument extends Closeable {
    void frontMatter(DocumentFrontMatter summary);

    void comment(RosterEntry signer);

    void startRoster();

    void rosterRow(long number, RosterEntry signer);

    @Override
    void close();
}
