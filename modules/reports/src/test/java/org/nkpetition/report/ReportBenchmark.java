package org.nkpetition.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import com.sun.management.GarbageCollectionNotificationInfo;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.report.content.DocumentFrontMatter;
import org.nkpetition.report.content.RosterEntry;
import org.nkpetition.report.generation.ReportGenerator;
import org.nkpetition.report.generation.Tally;
import org.nkpetition.report.generation.WrittenReport;
import org.nkpetition.report.output.DirectoryStorage;
import org.nkpetition.report.output.ReportFile;
import org.nkpetition.report.output.ReportFolder;
import org.nkpetition.report.rendering.PrintableDocument;
import org.nkpetition.report.rendering.csv.CsvRoster;
import org.nkpetition.report.rendering.html.HtmlDocument;
import org.nkpetition.report.rendering.pdf.PdfDocument;
import org.nkpetition.report.request.Cutoff;
import org.nkpetition.signature.ConfirmedSignature;

/**
 * Not a test: how fast reports are written and how much heap they need, for a petition with a
 * million signatures (bin/bench-delivery-report; results in docs/PERFORMANCE.md). Each format's
 * roster writer runs alone over the same generated signers, beside a plain hand-written CSV writer
 * as the floor; then the whole report (every file, every packet) is generated into a folder.
 * Run it with -Xmx256m: finishing at all is the memory result; the largest heap left after a
 * full garbage collection (the live set; metaspace and code excluded) is printed too.
 */
public final class ReportBenchmark {
    private static final Cutoff CUTOFF = Cutoff.of(Instant.parse("2026-09-24T00:00:00Z"));

    public static void main(String[] args) throws IOException {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        // Optional second argument: which measurements to run (plain,csv,html,pdf,full); all by default.
        java.util.Set<String> only = java.util.Set.of((args.length > 1 ? args[1] : "plain,csv,html,pdf,full").split(","));
        Path out = Files.createTempDirectory("report-bench-");
        Petition petition = ReportFixture.demoPetition();
        GeneratedSignatures signatures = new GeneratedSignatures(rows, 42);
        System.out.printf("rows=%,d maxHeap=%d MB java=%s cpus=%d%n", rows, Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        try {
            // Warm the JIT up on every writer first, so the first measurement does not pay for it.
            warmUp(petition, out);
            if (only.contains("plain")) {
                measure("source only (generated signers)", rows, out.resolve("nothing"), stream -> each(signatures, signer -> { }));
                measure("plain CSV (floor)", rows, out.resolve("plain.csv"), stream -> plainCsv(stream, signatures));
            }
            if (only.contains("csv")) {
                measure("CSV (commons-csv, formula-safe)", rows, out.resolve("roster.csv"), stream -> {
                    try (CsvRoster csv = new CsvRoster(stream)) {
                        each(signatures, csv::row);
                    }
                });
            }
            if (only.contains("html")) {
                measure("HTML (jmustache, escaped)", rows, out.resolve("roster.html"),
                        stream -> document(new HtmlDocument(stream), petition, signatures));
            }
            if (only.contains("pdf")) {
                measure("PDF (PDFBox, subset fonts)", rows, out.resolve("roster.pdf"), stream -> document(new PdfDocument(
                        volume -> volume == 1 ? stream : volumeFile(out, volume)), petition, signatures));
            }
            if (only.contains("full")) {
                generateAll(rows, out, petition, signatures);
            }
        } finally {
            delete(out);
        }
    }

    /** Volumes after the first go to their own files, counted into the size printed. */
    private static OutputStream volumeFile(Path out, int volume) {
        try {
            return Files.newOutputStream(out.resolve("roster-part" + volume + ".pdf"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void warmUp(Petition petition, Path out) throws IOException {
        GeneratedSignatures few = new GeneratedSignatures(50_000, 7);
        try (OutputStream stream = Files.newOutputStream(out.resolve("warm-up"))) {
            plainCsv(stream, few);
            try (CsvRoster csv = new CsvRoster(stream)) {
                each(few, csv::row);
            }
        }
        try (OutputStream stream = Files.newOutputStream(out.resolve("warm-up"))) {
            document(new HtmlDocument(stream), petition, few);
        }
        try (OutputStream stream = Files.newOutputStream(out.resolve("warm-up"))) {
            document(new PdfDocument(stream), petition, few);
        }
        Files.delete(out.resolve("warm-up"));
    }

    /** The whole report: signatures.csv, tables, report.html/pdf, a packet per country in three formats. */
    private static void generateAll(long rows, Path out, Petition petition, GeneratedSignatures signatures) {
        resetPeaks();
        long started = System.nanoTime();
        ReportFolder sink = new DirectoryStorage(out.resolve("full")).open(petition.id(), CUTOFF);
        WrittenReport report = new ReportGenerator(signatures, out).generate(petition, CUTOFF, Language.EN, sink);
        double seconds = (System.nanoTime() - started) / 1e9;
        long bytes = report.files().stream().mapToLong(ReportFile::bytes).sum();
        System.out.printf("%-34s %,10d rows %8.1f s %,10.0f rows/s %,8d MB in %d files, live heap %s%n",
                "full report (all files)", report.total(), seconds, report.total() / seconds, bytes >> 20,
                report.files().size(), liveHeap());
        for (String name : new String[] {"signatures.csv", "report.html", "report.pdf", "packet-KR.pdf"}) {
            report.files().stream().filter(f -> f.name().equals(name)).findFirst()
                    .ifPresent(f -> System.out.printf("  %-16s %,8d KB%n", f.name(), f.bytes() >> 10));
        }
    }

    private interface Writing {
        void write(OutputStream stream) throws IOException;
    }

    private static void measure(String label, long rows, Path file, Writing writing) throws IOException {
        resetPeaks();
        long started = System.nanoTime();
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            writing.write(stream);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long bytes = 0;
        try (Stream<Path> written = Files.list(file.getParent())) {
            for (Path path : written.filter(p -> p.getFileName().toString().startsWith(baseName(file))).toList()) {
                bytes += Files.size(path);
                Files.delete(path);
            }
        }
        System.out.printf("%-34s %,10d rows %8.1f s %,10.0f rows/s %,8d MB, live heap %s%n", label, rows, seconds,
                rows / seconds, bytes >> 20, liveHeap());
    }

    /** The floor: fields joined by commas, quoted only when needed, no library, no neutralising. */
    private static void plainCsv(OutputStream stream, GeneratedSignatures signatures) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        writer.write("confirmed_at,name,display,city,country,comment\r\n");
        Iterator<ConfirmedSignature> all = signatures.of("bench").iterator();
        while (all.hasNext()) {
            RosterEntry signer = RosterEntry.of(all.next());
            writer.write(signer.confirmedAt().toString());
            writer.write(',');
            writer.write(quote(signer.name().orElse("")));
            writer.write(',');
            writer.write(signer.display().code());
            writer.write(',');
            writer.write(quote(signer.city().orElse("")));
            writer.write(',');
            writer.write(signer.country());
            writer.write(',');
            writer.write(quote(signer.comment().orElse("")));
            writer.write("\r\n");
        }
        writer.flush();
    }

    private static String quote(String value) {
        return value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 ? value
                : '"' + value.replace("\"", "\"\"") + '"';
    }

    /** A document with an (empty-table) summary and every signer in its roster. */
    private static void document(PrintableDocument document, Petition petition, GeneratedSignatures signatures) {
        Tally empty = new Tally(petition.timeZone());
        document.frontMatter(empty.frontMatterForOrganisers(petition, CUTOFF, Language.EN));
        document.startRoster();
        long[] number = {0};
        each(signatures, signer -> document.rosterRow(++number[0], signer));
        document.close();
    }

    private static void each(GeneratedSignatures signatures, Consumer<RosterEntry> row) {
        try (Stream<ConfirmedSignature> all = signatures.of("bench")) {
            all.map(RosterEntry::of).forEach(row);
        }
    }

    /** The largest heap in use right after a full garbage collection since the last reset: the live set. */
    private static final AtomicLong LIVE_PEAK = new AtomicLong();
    private static final java.util.Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
            .map(java.lang.management.MemoryPoolMXBean::getName).collect(java.util.stream.Collectors.toSet());

    static {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData());
                    // Only full collections: after a young one, dead objects already promoted still count.
                    if (!info.getGcAction().contains("major")) {
                        return;
                    }
                    long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    LIVE_PEAK.accumulateAndGet(after, Math::max);
                }
            }, null, null);
        }
    }

    private static void resetPeaks() {
        System.gc();
        LIVE_PEAK.set(0);
    }

    private static String liveHeap() {
        long peak = LIVE_PEAK.get();
        return peak == 0 ? "(no full GC needed)" : "≤ " + (peak >> 20) + " MB after full GCs";
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
