package org.nkpetition.admin;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.nkpetition.deliveries.Delivery;
import org.nkpetition.deliveries.DeliveryStore;
import org.nkpetition.deliveries.dynamodb.DynamoDbDeliveryStore;
import org.nkpetition.missions.files.InvalidFileException;
import org.nkpetition.missions.Mission;
import org.nkpetition.missions.files.MissionCsv;
import org.nkpetition.missions.MissionStore;
import org.nkpetition.missions.RowError;
import org.nkpetition.missions.Subdivisions;
import org.nkpetition.missions.dynamodb.DynamoDbMissionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The diplomatic missions deliveries go to (docs/MISSIONS.md): import the whole set from CSV, export, list. */
@Command(name = "missions", description = "Import the embassies and consulates from a CSV file, export or list them.",
        mixinStandardHelpOptions = true)
public final class MissionsCommand {
    /** Exit code when the file has errors (nothing was written). */
    static final int INVALID_FILE = 2;

    @ParentCommand
    AdminCli admin;

    @Spec
    CommandSpec spec;

    MissionStore missions() {
        return new DynamoDbMissionStore(admin.target.dynamo(), admin.target.table("PetitionsTable"));
    }

    DeliveryStore deliveries() {
        return new DynamoDbDeliveryStore(admin.target.dynamo(), admin.target.table("PetitionsTable"));
    }

    @Command(name = "import", description = {
        "Check every row of FILE, then the set as a whole (ids, countries, ISO 3166-2 jurisdictions, overlaps), and only",
        "if all is valid make the stored missions exactly FILE's. A mission left out of FILE that a delivery still names",
        "is an error: mark a closed mission active=false instead."})
    int importMissions(@Parameters(paramLabel = "FILE", description = "missions CSV (UTF-8)") Path file) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Mission> parsed;
        try {
            parsed = MissionCsv.parse(Files.readString(file, StandardCharsets.UTF_8), Subdivisions.bundled());
        } catch (InvalidFileException e) {
            return refuse(file, e.errors(), err);
        }
        Set<String> ids = parsed.stream().map(Mission::id).collect(Collectors.toSet());
        Set<String> orphaned = new TreeSet<>();
        for (Delivery delivery : deliveries().listAll()) {
            if (!ids.contains(delivery.missionId())) {
                orphaned.add(delivery.missionId() + " (delivery of " + delivery.petitionId() + " on " + delivery.date() + ")");
            }
        }
        if (!orphaned.isEmpty()) {
            return refuse(file, orphaned.stream().map(m -> new RowError(0, "mission " + m
                    + " is not in the file; keep it with active=false, or remove the delivery first")).toList(), err);
        }
        missions().replaceAll(parsed);
        long active = parsed.stream().filter(Mission::active).count();
        long unverified = parsed.stream().filter(m -> !m.verified()).count();
        spec.commandLine().getOut().printf("Imported %d missions (%d active, %d closed) in %d countries.%n", parsed.size(),
                active, parsed.size() - active, parsed.stream().map(Mission::country).distinct().count());
        if (unverified > 0) {
            err.printf("Warning: %d mission(s) are verified=false: check address and jurisdiction before a delivery"
                    + " (docs/MISSIONS.md).%n", unverified);
        }
        return 0;
    }

    private static int refuse(Path file, List<RowError> errors, PrintWriter err) {
        errors.forEach(error -> err.println(file.getFileName() + ": " + error));
        err.printf("%s: %d error(s); nothing was written.%n", file.getFileName(), errors.size());
        return INVALID_FILE;
    }

    @Command(name = "export", description = "Write the stored missions in the import format.")
    int export(@Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
            Path file) throws IOException {
        List<Mission> all = missions().list();
        String csv = MissionCsv.write(all);
        if (file == null) {
            spec.commandLine().getOut().print(csv);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        }
        spec.commandLine().getErr().printf("Exported %d missions%s.%n", all.size(), file == null ? "" : " to " + file);
        return 0;
    }

    @Command(name = "list", description = "One line per mission: id, kind, country, city, jurisdiction, state.")
    int list() {
        PrintWriter out = spec.commandLine().getOut();
        for (Mission m : missions().list()) {
            out.printf("%-22s %-17s %s  %-18s %-10s %s%s%n", m.id(), m.kind().code(), m.country(), m.city(),
                    m.active() ? "active" : "CLOSED", m.jurisdiction().code(), m.verified() ? "" : "  (unverified)");
        }
        return 0;
    }
}
