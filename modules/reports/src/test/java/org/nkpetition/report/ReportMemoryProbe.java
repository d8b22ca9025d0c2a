package org.nkpetition.report;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.report.generation.CityTally;
import org.nkpetition.report.generation.ReportGenerator;
import org.nkpetition.report.generation.WrittenReport;
import org.nkpetition.report.output.DirectoryStorage;
import org.nkpetition.report.output.ReportFile;
import org.nkpetition.report.output.ReportFolder;
import org.nkpetition.report.request.Cutoff;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.ConfirmedSignatures;
import org.nkpetition.signature.DisplayName;
import org.nkpetition.signature.SignatureFields;

/**
 * Run in a forked JVM (serial GC) by {@link StreamingMemoryTest}: {@code stream N} generates the
 * whole report (every file, every packet) for N generated signers into a temporary folder;
 * {@code collect N} only holds the N signers in a list, which is what any generator that is not
 * streaming must at least do. At fixed points of the work, the same whatever N (every
 * {@value #EVERY} signers read, and each time a file is begun), it forces a full collection and
 * reads the live heap; it prints the largest reading as {@code peak <bytes>} ({@code -Dprobe.trace=true}
 * prints every reading, with where it was taken). Every signer fills
 * every field to its maximum in Hangul (a 120-character name delivered in full, a 100-character
 * city, a 500-character comment), each string its own, as real data is; but five cities a country, all
 * seen by the first checkpoints, because the by-city tally grows with distinct cities up to its
 * own bound (CityTally.MAX_CITIES), which is not what this measures.
 */
final class ReportMemoryProbe {
    private static final Cutoff CUTOFF = Cutoff.of(Instant.parse("2026-09-24T00:00:00Z"));
    static final int EVERY = 1_000;
    private static long peak;

    private ReportMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        long rows = Long.parseLong(args[1]);
        ConfirmedSignatures signatures = sampled(largest(new GeneratedSignatures(rows, 42)));
        Petition petition = ReportFixture.demoPetition();
        if (args[0].equals("collect")) {
            List<ConfirmedSignature> all = new ArrayList<>();
            signatures.of(petition.id()).forEach(all::add);
            sample("the end");
            System.out.println("held " + all.size() + " signers");
            System.out.println("peak " + peak);
            return;
        }
        Path out = Files.createTempDirectory("report-memory-");
        try {
            ReportFolder sink = sampled(new DirectoryStorage(out.resolve("report")).open(petition.id(), CUTOFF));
            WrittenReport report = new ReportGenerator(signatures, out).generate(petition, CUTOFF, Language.EN, sink);
            System.out.println("generated " + report.total() + " signers in " + report.files().size() + " files");
            System.out.println("peak " + peak);
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void sample(String where) {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (Boolean.getBoolean("probe.trace")) {
            System.out.println("live " + used + " at " + where);
        }
        peak = Math.max(peak, used);
    }

    private static ConfirmedSignatures sampled(ConfirmedSignatures source) {
        return petitionId -> {
            AtomicLong drawn = new AtomicLong();
            return source.of(petitionId).peek(signer -> {
                if (drawn.incrementAndGet() % EVERY == 0) {
                    sample("signer " + drawn.get());
                }
            });
        };
    }

    private static ReportFolder sampled(ReportFolder sink) {
        return new ReportFolder() {
            @Override
            public OutputStream create(String name) {
                sample(name);
                return sink.create(name);
            }

            @Override
            public List<ReportFile> files() {
                return sink.files();
            }

            @Override
            public String location() {
                return sink.location();
            }

            @Override
            public org.nkpetition.report.output.ReportLinks links(org.nkpetition.domain.Language language,
                    Optional<String> linkBase, java.time.Instant now) {
                return sink.links(language, linkBase, now);
            }
        };
    }

    /** The same signers with every field at its maximum length, each string its own (as real data is). */
    private static ConfirmedSignatures largest(GeneratedSignatures source) {
        return petitionId -> source.of(petitionId).map(signer -> new ConfirmedSignature(signer.petitionId(),
                signer.signerKey(), Optional.of(fill("Name " + signer.signerKey(), SignatureFields.NAME_MAX)),
                DisplayName.FULL, signer.country(), Optional.of(fill("City " + Long.parseLong(signer.signerKey(), 16) % 5, SignatureFields.CITY_MAX)),
                Optional.of(fill("Comment " + signer.signerKey(), SignatureFields.COMMENT_MAX)),
                signer.confirmedAt(), signer.language(), false));
    }

    private static String fill(String start, int length) {
        StringBuilder text = new StringBuilder(length).append(start).append(' ');
        while (text.length() < length) {
            // Hangul, as a third of real signers write: two bytes a character held (UTF-16).
            text.append((char) (0xAC00 + text.length() * 37 % 11172));
        }
        return text.substring(0, length);
    }
}
