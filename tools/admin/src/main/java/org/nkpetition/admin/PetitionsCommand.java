package org.nkpetition.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import org.nkpetition.count.CountStore;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.storage.dynamodb.DynamoDbCountStore;
import org.nkpetition.domain.Petition;
import org.nkpetition.petition.InvalidPetitionException;
import org.nkpetition.petition.PetitionJson;
import org.nkpetition.petition.PetitionStore;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Petitions: create or update them from petition files, list, show and close them. */
@Command(name = "petitions", description = "Create, update, list, show and close petitions; notify their signers.",
        mixinStandardHelpOptions = true, subcommands = NotifyCommand.class)
public final class PetitionsCommand {
    @ParentCommand
    AdminCli admin;

    @Spec
    CommandSpec spec;

    PetitionStore store() {
        return new DynamoDbPetitionStore(admin.target.dynamo(), admin.target.table("PetitionsTable"));
    }

    @Command(name = "put", description = "Create or update a petition from a petition file (docs/PETITIONS.md).")
    int put(@Parameters(paramLabel = "FILE", description = "Petition JSON file") Path file) throws IOException {
        Petition petition;
        try {
            petition = PetitionJson.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (InvalidPetitionException e) {
            spec.commandLine().getErr().println(file + ": " + e.getMessage());
            return 2;
        }
        store().put(petition);
        spec.commandLine().getOut().println("Saved petition " + petition.id() + " (" + petition.status().code() + ", "
                + petition.texts().size() + " languages)");
        return 0;
    }

    @Command(name = "show", description = "Show a petition: its file, when it closed, and its count.")
    int show(@Parameters(paramLabel = "ID") String id) {
        Optional<Petition> petition = store().find(id);
        if (petition.isEmpty()) {
            spec.commandLine().getErr().println("No petition " + id);
            return 3;
        }
        PetitionCount count = counts().read(id);
        PrintWriter out = spec.commandLine().getOut();
        out.println(PetitionJson.write(petition.get()));
        store().closedAt(id).ifPresent(at -> out.println("closed at: " + at));
        out.println("confirmed signatures: " + count.total() + " " + count.byCountry());
        return 0;
    }

    @Command(name = "close", description = "Close a petition: it stops accepting signatures and its page says so.")
    int close(@Parameters(paramLabel = "ID") String id) {
        Optional<Petition> petition = store().find(id);
        if (petition.isEmpty()) {
            spec.commandLine().getErr().println("No petition " + id);
            return 3;
        }
        Petition open = petition.get();
        store().put(new Petition(open.id(), Petition.Status.CLOSED, open.goal(), open.texts(), open.recipients(),
                open.organisers(), open.deliveryDates(), open.timeZone()), Instant.now());
        spec.commandLine().getOut().println("Closed petition " + id);
        return 0;
    }

    private CountStore counts() {
        return new DynamoDbCountStore(admin.target.dynamo(), admin.target.table("SignaturesTable"), admin.target.counterShards);
    }

    @Command(name = "list", description = "List petitions with their status.")
    int list() {
        for (Petition petition : store().list()) {
            spec.commandLine().getOut().printf("%-40s %-7s %s%n", petition.id(), petition.status().code(),
                    petition.text(org.nkpetition.domain.Language.EN).title());
        }
        return 0;
    }
}
