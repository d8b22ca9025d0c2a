package org.nkpetition.report.generation;

import org.nkpetition.report.content.DocumentFrontMatter;
import org.nkpetition.report.content.RosterEntry;
import org.nkpetition.report.output.ReportFolder;
import org.nkpetition.report.rendering.PrintableDocument;
import org.nkpetition.report.rendering.html.HtmlDocument;
import org.nkpetition.report.rendering.pdf.PdfDocument;

/**
 * The HTML and the PDF of one report (the organisers' report or one country's packet), fed the
 * same calls: {@code {name}.html} and {@code {name}.pdf} (with {@code {name}-part2.pdf} ... when
 * the PDF runs to more than one volume).
 */
final class HtmlAndPdf implements PrintableDocument {
    private final PrintableDocument html;
    private final PrintableDocument pdf;

    private HtmlAndPdf(PrintableDocument html, PrintableDocument pdf) {
        this.html = html;
        this.pdf = pdf;
    }

    static HtmlAndPdf open(ReportFolder folder, String name, DocumentFrontMatter summary) {
        HtmlAndPdf documents = new HtmlAndPdf(new HtmlDocument(folder.create(name + ".html")),
                new PdfDocument(volume -> folder.create(pdfName(name, volume))));
        documents.frontMatter(summary);
        return documents;
    }

    static String pdfName(String name, int volume) {
        return volume == 1 ? name + ".pdf" : name + "-part" + volume + ".pdf";
    }

    @Override
    public void frontMatter(DocumentFrontMatter summary) {
        html.frontMatter(summary);
        pdf.frontMatter(summary);
    }

    @Override
    public void comment(RosterEntry signer) {
        html.comment(signer);
        pdf.comment(signer);
    }

    @Override
    public void startRoster() {
        html.startRoster();
        pdf.startRoster();
    }

    @Override
    public void rosterRow(long number, RosterEntry signer) {
        html.rosterRow(number, signer);
        pdf.rosterRow(number, signer);
    }

    @Override
    public void close() {
        try {
            html.close();
        } finally {
            pdf.close();
        }
    }
}
