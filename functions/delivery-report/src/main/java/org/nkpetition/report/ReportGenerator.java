package org.nkpetition.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.ConfirmedSignatures;

/**
 * Writes every file of a report for one petition and cut-off, reading the confirmed signatures once,
 * page by page:
 * <ol>
 * <li>the stream of signers (confirmation order) is tallied, written to signatures.csv and spooled
 *     into one temporary file per country;</li>
 * <li>the tables (by-country.csv, by-city.csv, by-day.csv) are written from the tally;</li>
 * <li>the organisers' report.html / report.pdf and, country by country, packet-XX.csv/html/pdf are
 *     written from the spools (comments first, then the roster).</li>
 * </ol>
 * Memory holds the tally (countries, cities, days) and one page of each open document, never the
 * signers. The same cut-off gives the same CSV bytes: the index orders signers by confirmation
 * time, and nothing in the CSVs depends on when they were written.
 */
public final class ReportGenerator {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ConfirmedSignatures confirmed;
    private final Path workDirectory;

    /** {@code workDirectory} holds the per-country spools while a report is written (Lambda: /tmp). */
    public ReportGenerator(ConfirmedSignatures confirmed, Path workDirectory) {
        this.confirmed = confirmed;
        this.workDirectory = workDirectory;
    }

    public GeneratedReport generate(Petition petition, Cutoff cutoff, Language organisersLanguage, ReportSink sink) {
        Tally tally = new Tally(petition.timeZone());
        try (CountrySpools spools = new CountrySpools(workDirectory)) {
            readSignatures(petition.id(), cutoff, tally, spools, sink);
            writeTables(tally, sink);
            writeDocuments(petition, cutoff, organisersLanguage, tally, spools, sink);
        }
        GeneratedReport report = new GeneratedReport(petition.id(), cutoff, tally.total(),
                new TreeMap<>(tally.byCountry()), List.of(), sink.location());
        writeSummary(report, sink);
        return new GeneratedReport(report.petitionId(), cutoff, report.total(), report.byCountry(), sink.files(),
                sink.location());
    }

    private void readSignatures(String petitionId, Cutoff cutoff, Tally tally, CountrySpools spools, ReportSink sink) {
        try (CsvRoster csv = new CsvRoster(sink.create("signatures.csv"));
                Stream<ConfirmedSignature> signatures = confirmed.of(petitionId)) {
            Iterator<ConfirmedSignature> page = signatures.iterator();
            while (page.hasNext()) {
                ConfirmedSignature signature = page.next();
                // The index is ordered by confirmation time (exactly so across whole seconds, see
                // Cutoff): the first signer at or after the cut-off ends the read, and no page
                // beyond it is fetched.
                if (!cutoff.includes(signature.confirmedAt())) {
                    break;
                }
                RosterEntry signer = RosterEntry.of(signature);
                tally.add(signer);
                csv.row(signer);
                spools.write(signer);
            }
        }
        spools.finishWriting();
    }

    private static void writeTables(Tally tally, ReportSink sink) {
        try (OutputStream out = sink.create("by-country.csv")) {
            CsvTables.byCountry(out, tally.byCountry());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OutputStream out = sink.create("by-city.csv")) {
            CsvTables.byCity(out, tally.byCity());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OutputStream out = sink.create("by-day.csv")) {
            CsvTables.byDay(out, tally.byDay());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeDocuments(Petition petition, Cutoff cutoff, Language language, Tally tally,
            CountrySpools spools, ReportSink sink) {
        List<CityCount> cities = tally.byCity();
        Map<String, List<CityCount>> citiesByCountry = new LinkedHashMap<>();
        for (CityCount city : cities) {
            citiesByCountry.computeIfAbsent(city.country(), c -> new ArrayList<>()).add(city);
        }
        ReportSummary organisers = ReportSummary.organisers(petition, cutoff, language, tally, cities);
        try (ReportDocuments report = ReportDocuments.open(sink, "report", organisers)) {
            for (String country : tally.byCountry().keySet()) {
                if (tally.commentsIn(country) > 0) {
                    for (RosterEntry signer : spools.read(country)) {
                        if (signer.hasComment()) {
                            report.comment(signer);
                        }
                    }
                }
            }
            report.startRoster();
            long number = 0;
            for (String country : tally.byCountry().keySet()) {
                ReportSummary packetSummary = ReportSummary.packet(petition, cutoff, PacketLanguage.of(country, petition),
                        tally, country, citiesByCountry.getOrDefault(country, List.of()));
                try (ReportDocuments packet = ReportDocuments.open(sink, "packet-" + country, packetSummary);
                        CsvRoster packetCsv = new CsvRoster(sink.create("packet-" + country + ".csv"))) {
                    if (tally.commentsIn(country) > 0) {
                        for (RosterEntry signer : spools.read(country)) {
                            if (signer.hasComment()) {
                                packet.comment(signer);
                            }
                        }
                    }
                    packet.startRoster();
                    long inCountry = 0;
                    for (RosterEntry signer : spools.read(country)) {
                        packet.rosterRow(++inCountry, signer);
                        packetCsv.row(signer);
                        report.rosterRow(++number, signer);
                    }
                }
            }
        }
    }

    /** summary.json: the totals and the file list, for people and scripts looking at the folder. */
    private static void writeSummary(GeneratedReport report, ReportSink sink) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("petitionId", report.petitionId());
        summary.put("cutoff", report.cutoff().toString());
        summary.put("total", report.total());
        summary.put("byCountry", report.byCountry());
        List<Map<String, Object>> files = new ArrayList<>();
        for (ReportFile file : sink.files()) {
            if (file.name().endsWith(".csv")) {
                files.add(Map.of("name", file.name(), "bytes", file.bytes()));
            }
        }
        summary.put("csvFiles", files);
        try (OutputStream out = sink.create("summary.json")) {
            JSON.writeValue(out, summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
