package org.nkpetition.report;

/**
 * The HTML and the PDF of one report (the organisers' report or one country's packet), fed the
 * same calls: {@code {name}.html} and {@code {name}.pdf} (with {@code {name}-part2.pdf} ... when
 * the PDF runs to more than one volume).
 */
final class ReportDocuments implements ReportDocument {
    private final ReportDocument html;
    private final ReportDocument pdf;

    private ReportDocuments(ReportDocument html, ReportDocument pdf) {
        this.html = html;
        this.pdf = pdf;
    }

    static ReportDocuments open(ReportSink sink, String name, ReportSummary summary) {
        ReportDocuments documents = new ReportDocuments(new HtmlReport(sink.create(name + ".html")),
                new PdfReport(volume -> sink.create(pdfName(name, volume)), PdfCanvas.PAGES_PER_VOLUME));
        documents.summary(summary);
        return documents;
    }

    static String pdfName(String name, int volume) {
        return volume == 1 ? name + ".pdf" : name + "-part" + volume + ".pdf";
    }

    @Override
    public void summary(ReportSummary summary) {
        html.summary(summary);
        pdf.summary(summary);
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
