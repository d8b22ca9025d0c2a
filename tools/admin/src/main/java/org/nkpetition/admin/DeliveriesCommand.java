package org.nkpetition.admin;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nkpetition.deliveries.Delivery;
import org.nkpetition.missions.files.DeliveryCsv;
import org.nkpetition.deliveries.DeliveryStore;
import org.nkpetition.deliveries.dynamodb.DynamoDbDeliveryStore;
import org.nkpetition.missions.files.InvalidFileException;
import org.nkpetition.missions.Mission;
import org.nkpetition.missions.RowError;
import org.nkpetition.missions.dynamodb.DynamoDbMissionStore;
import org.nkpetition.petition.PetitionStore;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Delivery days (docs/MISSIONS.md): which missions receive a petition on which date, when and where the public
 * meets, and who coordinates (the coordinator's email is never public; `list` shows it to organisers only with
 * --show-coordinators).
 */
@Command(name = "deliveries", description = "Add, list or remove a petition's deliveries at the missions.",
        mixinStandardHelpOptions = true)
public final class DeliveriesCommand {
    @ParentCommand
    AdminCli admin;

    @Spec
    CommandSpec spec;

    private DeliveryStore store() {
        return new DynamoDbDeliveryStore(admin.target.dynamo(), admin.target.table("PetitionsTable"));
    }

    @Command(name = "put", description = {
        "Check every row of FILE (petition,date,mission,local_time,meeting_point,coordinator_email) and, only if all",
        "are valid, add them (a row for the same petition, date and mission replaces the stored one)."})
    int put(@Parameters(paramLabel = "FILE", description = "deliveries CSV (UTF-8)") Path file) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PetitionStore petitions = new DynamoDbPetitionStore(admin.target.dynamo(), admin.target.table("PetitionsTable"));
        Map<String, Mission> missions = new DynamoDbMissionStore(admin.target.dynamo(), admin.target.table("PetitionsTable"))
                .list().stream().collect(Collectors.toMap(Mission::id, Function.identity()));
        List<Delivery> deliveries;
        try {
            deliveries = DeliveryCsv.parse(Files.readString(file, StandardCharsets.UTF_8),
                    id -> petitions.find(id).isPresent(), missions);
        } catch (InvalidFileException e) {
            for (RowError error : e.errors()) {
                err.println(file.getFileName() + ": " + error);
            }
            err.printf("%s: %d error(s); nothing was written.%n", file.getFileName(), e.errors().size());
            return MissionsCommand.INVALID_FILE;
        }
        store().putAll(deliveries);
        spec.commandLine().getOut().printf("Stored %d deliveries.%n", deliveries.size());
        List<String> unverified = deliveries.stream().map(Delivery::missionId).distinct()
                .filter(id -> !missions.get(id).verified()).sorted().toList();
        if (!unverified.isEmpty()) {
            err.println("Warning: unverified missions (check address and jurisdiction before delivering): "
                    + String.join(", ", unverified));
        }
        return 0;
    }

    @Command(name = "list", description = "The deliveries of a petition (or of all), by date and mission.")
    int list(@Option(names = "--petition", description = "Only this petition.") Optional<String> petition,
            @Option(names = "--show-coordinators", description = "Also print coordinators' emails (private).")
            boolean showCoordinators,
            @Option(names = "--csv", description = "Print in the put format (coordinators included).") boolean csv) {
        List<Delivery> deliveries = petition.map(store()::list).orElseGet(store()::listAll);
        PrintWriter out = spec.commandLine().getOut();
        if (csv) {
            out.print(DeliveryCsv.write(deliveries));
            out.flush();
            return 0;
        }
        for (Delivery d : deliveries) {
            out.printf("%s %s %-22s %s  %s%s%n", d.petitionId(), d.date(), d.missionId(), d.localTime(),
                    d.meetingPoint().isEmpty() ? "(no meeting point)" : d.meetingPoint(),
                    showCoordinators ? "  " + (d.coordinatorEmail().isEmpty() ? "(no coordinator)" : d.coordinatorEmail())
                            : "");
        }
        spec.commandLine().getErr().printf("%d deliveries.%n", deliveries.size());
        return 0;
    }

    @Command(name = "remove", description = "Remove a petition's deliveries on a date (only at one mission with --mission).")
    int remove(@Option(names = "--petition", required = true) String petition,
            @Option(names = "--date", required = true, description = "YYYY-MM-DD") LocalDate date,
            @Option(names = "--mission") Optional<String> mission) {
        int removed = store().remove(petition, date, mission);
        spec.commandLine().getOut().printf("Removed %d deliveries.%n", removed);
        return removed == 0 ? 1 : 0;
    }
}
