package org.nkpetition.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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

/** Petitions: create or update them from petition files, list them. */
@Command(name = "petitions", description = "Create, update and list petitions.", mixinStandardHelpOptions = true)
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

    @Command(name = "list", description = "List petitions with their status.")
    int list() {
        for (Petition petition : store().list()) {
            spec.commandLine().getOut().printf("%-40s %-7s %s%n", petition.id(), petition.status().code(),
                    petition.text(org.nkpetition.domain.Language.EN).title());
        }
        return 0;
    }
}
