package org.nkpetition.admin;

import org.nkpetition.report.request.Cutoff;
import org.nkpetition.report.output.DirectoryStorage;
import org.nkpetition.report.output.ReportFile;
import org.nkpetition.report.generation.ReportGenerator;
import org.nkpetition.report.generation.WrittenReport;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.deliveries.dynamodb.DynamoDbDeliveryStore;
import org.nkpetition.missions.dynamodb.DynamoDbMissionStore;
import org.nkpetition.storage.dynamodb.DynamoDbConfirmedSignatures;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Delivery reports on an operator's machine: the same files the report worker (modules/reports) stores in
 * S3 (docs/REPORTS.md), written to a folder. It emails nobody and records nothing.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Delivery reports (docs/REPORTS.md).")
public final class ReportCommand {
    @ParentCommand
    AdminCli admin;

    @Spec
    CommandSpec spec;

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Write a petition's delivery report (CSV, HTML, PDF; one packet per country) into "
                    + "DIR/{petitionId}/{cutoff}/. Emails nobody.")
    int run(@Parameters(paramLabel = "PETITION_ID") String petitionId,
            @Option(names = "--cutoff", paramLabel = "ISO-8601",
                    description = "Count signatures confirmed before this time, e.g. 2026-09-24T09:00:00+09:00 (default: now).")
            String cutoffText,
            @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
                    description = "Folder to write into (default: ${DEFAULT-VALUE}).") Path out,
            @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
                    description = "Language of the organisers' report: en, ko or es (default: ${DEFAULT-VALUE}); "
                            + "each packet speaks its country's language where the petition does.") String lang)
            throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Instant now = Instant.now();
        Cutoff cutoff = Cutoff.of(now);
        if (cutoffText != null) {
            Optional<Cutoff> parsed = Cutoff.parse(cutoffText);
            if (parsed.isEmpty() || parsed.get().instant().isAfter(now)) {
                err.println("--cutoff must be an ISO-8601 time in the past, such as 2026-09-24T09:00:00+09:00");
                return 2;
            }
            cutoff = parsed.get();
        }
        Optional<Language> language = Language.fromCode(lang);
        if (language.isEmpty()) {
            err.println("--lang must be one of " + Language.codes());
            return 2;
        }
        Optional<Petition> petition = new DynamoDbPetitionStore(admin.target.dynamo(), admin.target.table("PetitionsTable"))
                .find(petitionId);
        if (petition.isEmpty()) {
            err.println("No petition " + petitionId);
            return 3;
        }
        Path work = Files.createTempDirectory("report-spool-");
        WrittenReport report;
        try {
            String petitions = admin.target.table("PetitionsTable");
            ReportGenerator generator = new ReportGenerator(new DynamoDbConfirmedSignatures(admin.target.dynamo(),
                    admin.target.table("SignaturesTable")), work, new DynamoDbMissionStore(admin.target.dynamo(), petitions),
                    new DynamoDbDeliveryStore(admin.target.dynamo(), petitions));
            report = generator.generate(petition.get(), cutoff, language.get(), new DirectoryStorage(out).open(petitionId, cutoff));
        } finally {
            try (Stream<Path> left = Files.walk(work)) {
                for (Path path : left.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
        PrintWriter print = spec.commandLine().getOut();
        print.printf("%s: %d confirmed signatures before %s%n", petitionId, report.total(), cutoff);
        report.byCountry().forEach((country, count) -> print.printf("  %s %d%n", country, count));
        long bytes = report.files().stream().mapToLong(ReportFile::bytes).sum();
        print.printf("%d files (%d KB) in %s%n", report.files().size(), bytes / 1024, report.location());
        return 0;
    }
}
