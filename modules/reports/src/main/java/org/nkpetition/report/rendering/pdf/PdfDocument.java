package org.nkpetition.report.rendering.pdf;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;
import java.util.function.IntFunction;
import org.nkpetition.report.content.DocumentFrontMatter;
import org.nkpetition.report.content.RosterEntry;
import org.nkpetition.report.rendering.DailyChart;
import org.nkpetition.report.rendering.PrintableDocument;
import org.nkpetition.report.rendering.ReportWords;

/**
 * The printable PDF report (A4), drawn with PDFBox: the same front matter, chart, comments and roster
 * as the HTML. Long reports are written in volumes (see {@link PdfCanvas}), so memory stays
 * bounded however many signers there are.
 */
public final class PdfDocument implements PrintableDocument {
    private static final Color TEXT = Color.BLACK;
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color BAR = new Color(0x1f, 0x5f, 0xa8);
    private static final float BODY = 9.5f;
    private static final float ROW = 8.5f;
    private static final float ROW_HEIGHT = 12.5f;
    /** Roster columns: number (right-aligned), name, city, country, date. */
    private static final float[] COLUMN_X = {PdfCanvas.MARGIN, PdfCanvas.MARGIN + 50, PdfCanvas.MARGIN + 220,
        PdfCanvas.MARGIN + 345, PdfCanvas.MARGIN + 400};
    private static final float[] COLUMN_WIDTH = {45, 165, 120, 50, 95};

    private final IntFunction<OutputStream> volumes;
    private final int pagesPerVolume;
    private PdfCanvas canvas;
    private ReportWords words;

    /** A report in one stream; fine for short documents (tests, the benchmark's single format). */
    public PdfDocument(OutputStream out) {
        this(volume -> {
            if (volume > 1) {
                throw new IllegalStateException("This report was given one stream only");
            }
            return out;
        }, Integer.MAX_VALUE);
    }

    /** {@code volumes} opens the stream of volume 1, 2, ... as the report grows, {@link PdfCanvas#PAGES_PER_VOLUME} pages each. */
    public PdfDocument(IntFunction<OutputStream> volumes) {
        this(volumes, PdfCanvas.PAGES_PER_VOLUME);
    }

    /** {@code volumes} opens the stream of volume 1, 2, ... as the report grows. */
    PdfDocument(IntFunction<OutputStream> volumes, int pagesPerVolume) {
        this.volumes = volumes;
        this.pagesPerVolume = pagesPerVolume;
    }

    @Override
    public void frontMatter(DocumentFrontMatter summary) {
        words = new ReportWords(summary);
        canvas = new PdfCanvas(volumes, pagesPerVolume, words.title(), words.footer(),
                words.label("report_missing_glyphs_page"));
        canvas.newPage();
        canvas.paragraph(words.title(), 16, TEXT);
        canvas.down(4);
        List<String> cover = words.cover();
        for (int i = 0; i < cover.size(); i++) {
            canvas.paragraph(cover.get(i), i == 0 ? 13 : BODY, TEXT);
        }
        canvas.down(cover.isEmpty() ? 0 : 6);
        canvas.line(words.cutoffLine(), BODY, 14, MUTED);
        canvas.line(words.totalLine(), 12, 18, TEXT);
        List<String> recipients = summary.petition().recipients(summary.language());
        if (!recipients.isEmpty()) {
            canvas.paragraph(words.label("report_recipients") + ": " + String.join("; ", recipients),
                    BODY, TEXT);
        }
        canvas.paragraph(words.label("report_privacy_note"), 8, MUTED);

        heading(words.label("report_petition_text"));
        for (ReportWords.Text text : words.texts()) {
            canvas.down(4);
            canvas.paragraph(text.text().title() + " (" + text.language().nativeName() + ")", 11.5f, TEXT);
            if (!text.text().summary().isBlank()) {
                canvas.paragraph(text.text().summary(), BODY, TEXT);
                canvas.down(3);
            }
            canvas.paragraph(text.text().body(), BODY, TEXT);
        }
        if (!summary.byCountry().isEmpty()) {
            heading(words.label("report_by_country"));
            for (ReportWords.CountryRow row : words.countries()) {
                tableRow(row.name(), row.code(), row.signatures(), false);
            }
        }
        DailyChart.of(summary.byDay()).ifPresent(this::chart);
        List<ReportWords.CityRow> cities = words.cities();
        if (!cities.isEmpty()) {
            heading(words.label("report_by_city"));
            for (ReportWords.CityRow row : cities) {
                tableRow(row.city(), row.country(), row.signatures(), row.muted());
            }
        }
        heading(words.commentsHeading());
        if (summary.comments() == 0) {
            canvas.line(words.label("report_no_comments"), BODY, 14, TEXT);
        }
    }

    private void heading(String text) {
        canvas.down(10);
        canvas.need(40);
        canvas.line(text, 13, 18, TEXT);
        canvas.rule(PdfCanvas.MARGIN, canvas.y() + 3, PdfCanvas.MARGIN + PdfCanvas.WIDTH, canvas.y() + 3);
        canvas.down(4);
    }

    private void tableRow(String first, String second, String number, boolean muted) {
        canvas.need(ROW_HEIGHT);
        float baseline = canvas.y() - ROW;
        canvas.text(COLUMN_X[0], baseline, canvas.fit(first, ROW, 250), ROW, muted ? MUTED : TEXT);
        canvas.text(COLUMN_X[0] + 260, baseline, second, ROW, TEXT);
        canvas.rightAligned(PdfCanvas.MARGIN + PdfCanvas.WIDTH, baseline, number, ROW, TEXT);
        canvas.down(ROW_HEIGHT);
    }

    private void chart(DailyChart chart) {
        heading(words.label("report_per_day"));
        float scale = (float) (PdfCanvas.WIDTH / DailyChart.WIDTH);
        float height = (float) (DailyChart.HEIGHT * scale);
        canvas.need(height + 20);
        float top = canvas.y();
        float left = PdfCanvas.MARGIN;
        float baseline = top - (float) (DailyChart.BASELINE * scale);
        canvas.rule(left + (float) (DailyChart.LEFT * scale), baseline, left + (float) (DailyChart.RIGHT * scale), baseline);
        canvas.rule(left + (float) (DailyChart.LEFT * scale), baseline, left + (float) (DailyChart.LEFT * scale),
                top - (float) (DailyChart.TOP * scale));
        for (DailyChart.Bar bar : chart.bars()) {
            if (bar.height() > 0) {
                canvas.rectangle(left + (float) (bar.x() * scale), baseline, (float) Math.max(bar.width() * scale, 0.3),
                        (float) (bar.height() * scale), BAR);
            }
        }
        float labelRight = left + (float) ((DailyChart.LEFT - 5) * scale);
        canvas.rightAligned(labelRight, top - (float) (DailyChart.TOP * scale) - 3, words.number(chart.max()), 7.5f, MUTED);
        canvas.rightAligned(labelRight, baseline, "0", 7.5f, MUTED);
        canvas.text(left + (float) (DailyChart.LEFT * scale), baseline - 11, chart.firstDay().toString(), 7.5f, MUTED);
        canvas.rightAligned(left + (float) (DailyChart.RIGHT * scale), baseline - 11, chart.lastDay().toString(), 7.5f, MUTED);
        canvas.down(height + 4);
        canvas.paragraph(words.chartCaption(chart), 8, MUTED);
    }

    @Override
    public void comment(RosterEntry signer) {
        // The line is ours (left to right, in the report's language); the name and city in it are
        // the signer's, each isolated (FSI ... PDI) so a right-to-left name keeps to its own place.
        String who = isolated(signer.name().orElseGet(words::anonymous))
                + signer.city().map(city -> " · " + isolated(city)).orElse("") + " · " + signer.country();
        String comment = signer.comment().orElse("");
        List<String> lines = canvas.wrap(comment, BODY, PdfCanvas.WIDTH);
        canvas.need(12 + Math.min(lines.size(), 4) * BODY * 1.4f);
        canvas.paragraphLine(canvas.fit(who, 8, PdfCanvas.WIDTH), false, 8, 12, MUTED);
        // A comment is its own paragraph: its direction comes from its own first strong letter,
        // so a Hebrew or Arabic comment reads right to left and nothing in it reorders the page.
        boolean rightToLeft = VisualText.isRightToLeft(comment);
        for (String line : lines) {
            canvas.paragraphLine(line, rightToLeft, BODY, BODY * 1.4f, TEXT);
        }
        canvas.down(5);
    }

    private static String isolated(String text) {
        return "\u2068" + text + "\u2069";
    }

    @Override
    public void startRoster() {
        canvas.onNewPage(() -> { });
        canvas.newPage();
        canvas.line(words.rosterHeading(), 13, 18, TEXT);
        rosterHeader();
        // Every further page of the roster repeats the column headings.
        canvas.onNewPage(this::rosterHeader);
    }

    private void rosterHeader() {
        float baseline = canvas.y() - ROW;
        String[] labels = {words.label("report_col_number"), words.label("report_col_name"),
            words.label("report_col_city"), words.label("report_col_country"), words.label("report_col_date")};
        canvas.rightAligned(COLUMN_X[0] + COLUMN_WIDTH[0], baseline, labels[0], ROW, MUTED);
        for (int i = 1; i < labels.length; i++) {
            canvas.text(COLUMN_X[i], baseline, labels[i], ROW, MUTED);
        }
        canvas.down(ROW_HEIGHT);
        canvas.rule(PdfCanvas.MARGIN, canvas.y() + 3, PdfCanvas.MARGIN + PdfCanvas.WIDTH, canvas.y() + 3);
        canvas.down(2);
    }

    @Override
    public void rosterRow(long number, RosterEntry signer) {
        canvas.need(ROW_HEIGHT);
        String numberText = Long.toString(number);
        String[] texts = {numberText,
            signer.name().map(name -> canvas.fit(name, ROW, COLUMN_WIDTH[1])).orElseGet(words::anonymous),
            canvas.fit(signer.city().orElse(""), ROW, COLUMN_WIDTH[2]), signer.country(), words.day(signer)};
        float[] x = {COLUMN_X[0] + COLUMN_WIDTH[0] - canvas.fonts().width(numberText, ROW), COLUMN_X[1], COLUMN_X[2],
            COLUMN_X[3], COLUMN_X[4]};
        Color[] colors = {TEXT, signer.name().isPresent() ? TEXT : MUTED, TEXT, TEXT, TEXT};
        canvas.cells(canvas.y() - ROW, ROW, x, texts, colors);
        canvas.down(ROW_HEIGHT);
    }

    @Override
    public void close() {
        if (canvas.replacedCharacters() > 0) {
            canvas.onNewPage(() -> { });
            canvas.down(8);
            canvas.paragraph(words.label("report_missing_glyphs"), 8, MUTED);
        }
        canvas.finish();
    }
}
