package org.nkpetition.report.generation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.nkpetition.deliveries.DeliveryStore;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.missions.Mission;
import org.nkpetition.missions.MissionAssignment;
import org.nkpetition.missions.MissionStore;
import org.nkpetition.missions.Subdivisions;
import org.nkpetition.report.content.CityCount;
import org.nkpetition.report.content.DocumentFrontMatter;
import org.nkpetition.report.content.Packet;
import org.nkpetition.report.content.RosterEntry;
import org.nkpetition.report.output.ReportFile;
import org.nkpetition.report.output.ReportFolder;
import org.nkpetition.report.rendering.csv.CsvRoster;
import org.nkpetition.report.rendering.csv.CsvTables;
import org.nkpetition.report.request.Cutoff;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.ConfirmedSignatures;
import org.nkpetition.signature.MissionFallback;

/**
 * Writes every file of a report for one petition and cut-off, reading the confirmed signatures once,
 * page by page:
 * <ol>
 * <li>the stream of signers (confirmation order) is tallied, written to signatures.csv and spooled
 *     into one temporary file per packet ({@link PacketRouting}: the signer's mission when it has a
 *     delivery on the report's delivery day, else the signer's country);</li>
 * <li>the tables (by-country.csv, by-city.csv, by-day.csv) are written from the tally;</li>
 * <li>the organisers' report.html / report.pdf and, country by country, packet-XX.csv/html/pdf and
 *     packet-{missionId}.csv/html/pdf are written from the spools (comments first, then the roster).</li>
 * </ol>
 * Memory holds the tally (countries, cities, days) and one page of each open document, never the
 * signers. The same cut-off gives the same CSV bytes: the index orders signers by confirmation
 * time, and nothing in the CSVs depends on when they were written.
 */
public final class ReportGenerator {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ConfirmedSignatures confirmed;
    private final Path workDirectory;
    private final Optional<MissionStore> missions;
    private final Optional<DeliveryStore> deliveries;

    /** Without missions: one packet per country (benchmarks, tools that have no petitions table). */
    public ReportGenerator(ConfirmedSignatures confirmed, Path workDirectory) {
        this.confirmed = confirmed;
        this.workDirectory = workDirectory;
        this.missions = Optional.empty();
        this.deliveries = Optional.empty();
    }

    /**
     * {@code workDirectory} holds the per-packet spools while a report is written (Lambda: /tmp). Missions and
     * deliveries are read once per report: a packet per mission with a delivery on the report's delivery day.
     */
    public ReportGenerator(ConfirmedSignatures confirmed, Path workDirectory, MissionStore missions,
            DeliveryStore deliveries) {
        this.confirmed = confirmed;
        this.workDirectory = workDirectory;
        this.missions = Optional.of(missions);
        this.deliveries = Optional.of(deliveries);
    }

    public WrittenReport generate(Petition petition, Cutoff cutoff, Language organisersLanguage, ReportFolder folder) {
        Tally tally = new Tally(petition.timeZone());
        List<Mission> known = missions.map(MissionStore::list).orElse(List.of());
        PacketRouting routing = deliveries.isEmpty() ? PacketRouting.countriesOnly()
                : PacketRouting.of(deliveries.get().list(petition.id()), known, cutoff, petition.timeZone());
        ConfirmedSignatures signatures = new MissionFallback(confirmed, new MissionAssignment(known, Subdivisions.bundled()));
        Map<String, Packet> packets = new TreeMap<>();
        List<WrittenReport.PacketTotal> written;
        try (PacketSpools spools = new PacketSpools(workDirectory)) {
            readSignatures(signatures, petition.id(), cutoff, tally, routing, packets, spools, folder);
            writeTables(tally, folder);
            written = writeDocuments(petition, cutoff, organisersLanguage, tally, packets, spools, folder);
        }
        WrittenReport report = new WrittenReport(petition.id(), cutoff, tally.total(),
                new TreeMap<>(tally.byCountry()), List.of(), folder.location(), written, routing.day());
        writeSummary(report, folder);
        return new WrittenReport(report.petitionId(), cutoff, report.total(), report.byCountry(), folder.files(),
                folder.location(), written, routing.day());
    }

    private static void readSignatures(ConfirmedSignatures confirmed, String petitionId, Cutoff cutoff, Tally tally,
            PacketRouting routing, Map<String, Packet> packets, PacketSpools spools, ReportFolder folder) {
        try (CsvRoster csv = new CsvRoster(folder.create("signatures.csv"));
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
                Packet packet = routing.route(signer);
                packets.putIfAbsent(packet.key(), packet);
                tally.add(signer, packet.key());
                csv.row(signer);
                spools.write(packet.key(), signer);
            }
        }
        spools.finishWriting();
    }

    private static void writeTables(Tally tally, ReportFolder folder) {
        try (OutputStream out = folder.create("by-country.csv")) {
            CsvTables.byCountry(out, tally.byCountry());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OutputStream out = folder.create("by-city.csv")) {
            CsvTables.byCity(out, tally.byCity());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OutputStream out = folder.create("by-day.csv")) {
            CsvTables.byDay(out, tally.byDay());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<WrittenReport.PacketTotal> writeDocuments(Petition petition, Cutoff cutoff, Language language,
            Tally tally, Map<String, Packet> packets, PacketSpools spools, ReportFolder folder) {
        List<CityCount> cities = tally.byCity();
        // Country by country; within one, the country's own packet (signers without a delivering mission) first,
        // then its missions' packets by id. The organisers' roster follows the same order.
        Map<String, List<Packet>> byCountry = new TreeMap<>();
        for (Packet packet : packets.values()) {
            byCountry.computeIfAbsent(packet.country(), c -> new ArrayList<>()).add(packet);
        }
        byCountry.values().forEach(list -> list.sort(java.util.Comparator.comparing(Packet::isMission)
                .thenComparing(Packet::key)));
        List<WrittenReport.PacketTotal> written = new ArrayList<>();
        DocumentFrontMatter organisers = tally.frontMatterForOrganisers(petition, cutoff, language);
        try (HtmlAndPdf report = HtmlAndPdf.open(folder, "report", organisers)) {
            for (List<Packet> inCountry : byCountry.values()) {
                for (Packet packet : inCountry) {
                    if (tally.commentsInPacket(packet.key()) > 0) {
                        for (RosterEntry signer : spools.read(packet.key())) {
                            if (signer.hasComment()) {
                                report.comment(signer);
                            }
                        }
                    }
                }
            }
            report.startRoster();
            long number = 0;
            for (List<Packet> inCountry : byCountry.values()) {
                for (Packet packet : inCountry) {
                    DocumentFrontMatter packetSummary = tally.frontMatterForPacket(petition, cutoff,
                            PacketLanguage.of(packet.country(), petition), packet);
                    try (HtmlAndPdf document = HtmlAndPdf.open(folder, packet.fileStem(), packetSummary);
                            CsvRoster packetCsv = new CsvRoster(folder.create(packet.fileStem() + ".csv"))) {
                        if (tally.commentsInPacket(packet.key()) > 0) {
                            for (RosterEntry signer : spools.read(packet.key())) {
                                if (signer.hasComment()) {
                                    document.comment(signer);
                                }
                            }
                        }
                        document.startRoster();
                        long inPacket = 0;
                        for (RosterEntry signer : spools.read(packet.key())) {
                            document.rosterRow(++inPacket, signer);
                            packetCsv.row(signer);
                            report.rosterRow(++number, signer);
                        }
                    }
                    written.add(new WrittenReport.PacketTotal(packet, tally.inPacket(packet.key())));
                }
            }
        }
        return written;
    }


    /** summary.json: the totals and the file list, for people and scripts looking at the folder. */
    private static void writeSummary(WrittenReport report, ReportFolder folder) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("petitionId", report.petitionId());
        summary.put("cutoff", report.cutoff().toString());
        summary.put("total", report.total());
        summary.put("byCountry", report.byCountry());
        summary.put("deliveryDay", report.deliveryDay().map(Object::toString).orElse(null));
        List<Map<String, Object>> packets = new ArrayList<>();
        for (WrittenReport.PacketTotal written : report.packets()) {
            Map<String, Object> packet = new LinkedHashMap<>();
            packet.put("file", written.packet().fileStem());
            packet.put("country", written.packet().country());
            packet.put("missionId", written.packet().mission().map(m -> m.mission().id()).orElse(null));
            packet.put("signers", written.signers());
            packets.add(packet);
        }
        summary.put("packets", packets);
        List<Map<String, Object>> files = new ArrayList<>();
        for (ReportFile file : folder.files()) {
            if (file.name().endsWith(".csv")) {
                files.add(Map.of("name", file.name(), "bytes", file.bytes()));
            }
        }
        summary.put("csvFiles", files);
        try (OutputStream out = folder.create("summary.json")) {
            JSON.writeValue(out, summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
