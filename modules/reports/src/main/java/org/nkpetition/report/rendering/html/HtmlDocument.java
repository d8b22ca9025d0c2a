package org.nkpetition.report.rendering.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nkpetition.report.content.DocumentFrontMatter;
import org.nkpetition.report.content.ReportDates;
import org.nkpetition.report.content.RosterEntry;
import org.nkpetition.report.rendering.DailyChart;
import org.nkpetition.report.rendering.PrintableDocument;
import org.nkpetition.report.rendering.ReportWords;
import org.nkpetition.templates.Templates;

/**
 * The printable HTML report: front matter, inline SVG chart, comments and roster, streamed row by row
 * through Mustache templates (templates/report/), which escape every value signers wrote.
 */
public final class HtmlDocument implements PrintableDocument {
    private final Writer out;
    private ReportWords words;
    private java.time.ZoneId zone;

    public HtmlDocument(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
    }

    @Override
    public void frontMatter(DocumentFrontMatter summary) {
        words = new ReportWords(summary);
        zone = summary.petition().timeZone();
        Map<String, Object> context = base();
        context.put("documentTitle", words.title());
        context.put("cutoffLine", words.cutoffLine());
        context.put("totalLine", words.totalLine());
        context.put("cover", words.cover());
        List<String> recipients = summary.petition().recipients(summary.language());
        context.put("recipients", recipients);
        context.put("hasRecipients", !recipients.isEmpty());
        context.put("texts", words.texts().stream().map(text -> Map.of(
                "code", text.language().code(), "languageName", text.language().nativeName(),
                "title", text.text().title(), "summary", text.text().summary(), "body", text.text().body())).toList());
        List<ReportWords.CountryRow> countries = words.countries();
        context.put("hasCountries", !countries.isEmpty());
        context.put("countries", countries);
        List<ReportWords.CityRow> cities = words.cities();
        context.put("hasCities", !cities.isEmpty());
        context.put("cities", cities);
        DailyChart.of(summary.byDay()).ifPresent(chart -> context.put("chart", chart(chart)));
        context.put("commentsHeading", words.commentsHeading());
        context.put("comments", summary.comments() > 0);
        write(Templates.render("report/top.html", context));
    }

    private Map<String, Object> chart(DailyChart chart) {
        Map<String, Object> svg = new HashMap<>();
        svg.put("width", n(DailyChart.WIDTH));
        svg.put("height", n(DailyChart.HEIGHT));
        svg.put("left", n(DailyChart.LEFT));
        svg.put("right", n(DailyChart.RIGHT));
        svg.put("top", n(DailyChart.TOP));
        svg.put("baseline", n(DailyChart.BASELINE));
        svg.put("labelX", n(DailyChart.LEFT - 5));
        svg.put("maxLabelY", n(DailyChart.TOP + 4));
        svg.put("dateY", n(DailyChart.BASELINE + 18));
        svg.put("max", words.number(chart.max()));
        svg.put("firstDay", chart.firstDay().toString());
        svg.put("lastDay", chart.lastDay().toString());
        svg.put("caption", words.chartCaption(chart));
        svg.put("bars", chart.bars().stream().map(bar -> Map.of("x", n(bar.x()), "y", n(bar.y()), "w", n(bar.width()),
                "h", n(bar.height()), "day", bar.day().toString(), "count", words.number(bar.count()))).toList());
        return svg;
    }

    @Override
    public void comment(RosterEntry signer) {
        Map<String, Object> context = signerContext(signer);
        context.put("comment", signer.comment().orElse(""));
        write(Templates.render("report/comment.html", context));
    }

    @Override
    public void startRoster() {
        Map<String, Object> context = base();
        context.put("rosterHeading", words.rosterHeading());
        write(Templates.render("report/roster-top.html", context));
    }

    @Override
    public void rosterRow(long number, RosterEntry signer) {
        Map<String, Object> context = signerContext(signer);
        context.put("number", number);
        context.put("date", ReportDates.isoDay(signer.confirmedAt(), zone));
        write(Templates.render("report/roster-row.html", context));
    }

    private Map<String, Object> signerContext(RosterEntry signer) {
        Map<String, Object> context = new HashMap<>(8);
        context.put("named", signer.name().isPresent());
        context.put("name", signer.name().orElse(""));
        context.put("anonymous", words.anonymous());
        context.put("hasCity", signer.city().isPresent());
        context.put("city", signer.city().orElse(""));
        context.put("country", signer.country());
        return context;
    }

    @Override
    public void close() {
        Map<String, Object> context = base();
        context.put("footer", words.footer());
        write(Templates.render("report/bottom.html", context));
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> base() {
        Map<String, Object> context = new HashMap<>();
        context.put("t", words.messages().all());
        context.put("lang", words.messages().language().code());
        return context;
    }

    private void write(String html) {
        try {
            out.write(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
