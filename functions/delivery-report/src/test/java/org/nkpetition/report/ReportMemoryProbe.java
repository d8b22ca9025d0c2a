package org.nkpetition.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.ConfirmedSignatures;
import org.nkpetition.signature.DisplayName;
import org.nkpetition.signature.SignatureFields;

/**
 * Run in a forked JVM with a small heap by {@link StreamingMemoryTest}:
 * {@code stream N} generates the whole report (every file, every packet) for N generated signers
 * into a temporary folder; {@code collect N} only holds the N signers in a list, which is what any
 * generator that is not streaming must at least do. Every signer fills every field to its maximum
 * (a 120-character name delivered in full, a 100-character city, a 500-character comment), so
 * each one held costs about a kilobyte and a small heap is outgrown by a modest number of them.
 * Exits 0 when it finished; a heap too small ends it with an OutOfMemoryError (exit 1).
 */
final class ReportMemoryProbe {
    private static final Cutoff CUTOFF = Cutoff.of(Instant.parse("2026-09-24T00:00:00Z"));

    private ReportMemoryProbe() {
    }

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[1]);
        ConfirmedSignatures signatures = largest(new GeneratedSignatures(rows, 42));
        Petition petition = ReportFixture.demoPetition();
        if (args[0].equals("collect")) {
            List<ConfirmedSignature> all = signatures.of(petition.id()).toList();
            System.out.println("held " + all.size() + " signers");
            return;
        }
        Path out = Files.createTempDirectory("report-memory-");
        try {
            DirectorySink sink = new DirectorySink(out.resolve("report"), petition.id(), CUTOFF);
            GeneratedReport report = new ReportGenerator(signatures, out).generate(petition, CUTOFF, Language.EN, sink);
            System.out.println("generated " + report.total() + " signers in " + report.files().size() + " files");
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The same signers with every field at its maximum length, each string its own (as real data is). */
    private static ConfirmedSignatures largest(GeneratedSignatures source) {
        return petitionId -> source.of(petitionId).map(signer -> new ConfirmedSignature(signer.petitionId(),
                signer.signerKey(), java.util.Optional.of(fill("Name " + signer.signerKey(), SignatureFields.NAME_MAX)),
                DisplayName.FULL, signer.country(), java.util.Optional.of(fill("City " + signer.signerKey(), SignatureFields.CITY_MAX)),
                java.util.Optional.of(fill("Comment " + signer.signerKey(), SignatureFields.COMMENT_MAX)),
                signer.confirmedAt(), signer.language(), false));
    }

    private static String fill(String start, int length) {
        StringBuilder text = new StringBuilder(length).append(start).append(' ');
        while (text.length() < length) {
            text.append((char) ('a' + text.length() % 26));
        }
        return text.substring(0, length);
    }
}
