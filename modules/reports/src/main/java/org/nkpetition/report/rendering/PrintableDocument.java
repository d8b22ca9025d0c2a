package org.nkpetition.report.rendering;

import java.io.Closeable;
import org.nkpetition.report.content.DocumentFrontMatter;
import org.nkpetition.report.content.RosterEntry;

/**
 * One printable document (the organisers' report or a packet) being written front to back, so that rows
 * can stream through it: first its {@link DocumentFrontMatter}, then each comment, then the roster, in
 * that order. {@link #close()} finishes the document. Implementations: {@code html.HtmlDocument},
 * {@code pdf.PdfDocument}; CSV files are not documents (see {@code csv.CsvRoster}).
 */
public interface PrintableDocument extends Closeable {
    void frontMatter(DocumentFrontMatter summary);

    void comment(RosterEntry signer);

    void startRoster();

    void rosterRow(long number, RosterEntry signer);

    @Override
    void close();
}
