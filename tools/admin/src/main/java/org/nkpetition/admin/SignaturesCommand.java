package org.nkpetition.admin;

import org.nkpetition.mail.composing.TemplatedEmailComposer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nkpetition.config.Environment;
import org.nkpetition.config.LocalDevelopment;
import org.nkpetition.mail.EmailComposer;
import org.nkpetition.petition.PetitionStore;
import org.nkpetition.security.KeyedHash;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.Erasure;
import org.nkpetition.signature.SignatureStore;
import org.nkpetition.signature.SigningService;
import org.nkpetition.signature.StoredSignature;
import org.nkpetition.storage.dynamodb.DynamoDbConfirmedSignatures;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;
import org.nkpetition.storage.dynamodb.DynamoDbSignatureStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Signers' data for organisers: an export of confirmed signatures, and erasure on request. */
@Command(name = "signatures", mixinStandardHelpOptions = true, description = "Export confirmed signatures; erase a signer.")
public final class SignaturesCommand {
    private static final int PROGRESS_EVERY = 1000;

    @ParentCommand
    AdminCli admin;

    @Spec
    CommandSpec spec;

    @Command(name = "export", description = "CSV of a petition's confirmed signatures, names as each signer chose. "
            + "No email addresses unless --with-emails (and then only of signers who asked for news).")
    int export(@Parameters(paramLabel = "ID") String petitionId,
            @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.") Path out,
            @Option(names = "--with-emails", description = "Add the address of signers who opted into updates.")
            boolean withEmails) throws IOException {
        if (petitions().find(petitionId).isEmpty()) {
            spec.commandLine().getErr().println("No petition " + petitionId);
            return 3;
        }
        String table = admin.target.table("SignaturesTable");
        DynamoDbSignatureStore store = signatureStore();
        PrintWriter progress = spec.commandLine().getErr();
        long rows = 0;
        try (Writer writer = out == null ? keptOpen(spec.commandLine().getOut())
                        : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header(withEmails)).build());
                Stream<ConfirmedSignature> signatures = new DynamoDbConfirmedSignatures(admin.target.dynamo(), table)
                        .of(petitionId)) {
            for (ConfirmedSignature signature : (Iterable<ConfirmedSignature>) signatures::iterator) {
                csv.printRecord(row(signature, withEmails, store));
                if (++rows % PROGRESS_EVERY == 0) {
                    progress.println("exported " + rows + " signatures...");
                }
            }
        }
        progress.println("exported " + rows + " confirmed signatures of " + petitionId + (out == null ? "" : " to " + out));
        return 0;
    }

    /** Standard output is flushed, not closed, when the export is done. */
    private static Writer keptOpen(Writer writer) {
        return new java.io.FilterWriter(writer) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static String[] header(boolean withEmails) {
        return withEmails
                ? new String[] {"confirmed_at", "name", "city", "country", "comment", "language", "updates", "email"}
                : new String[] {"confirmed_at", "name", "city", "country", "comment", "language", "updates"};
    }

    private static List<String> row(ConfirmedSignature signature, boolean withEmails, SignatureStore store) {
        List<String> cells = new java.util.ArrayList<>(List.of(signature.confirmedAt().toString(),
                safe(signature.rosterName()), safe(signature.city()), signature.country(), safe(signature.comment()),
                signature.language().code(), Boolean.toString(signature.updates())));
        if (withEmails) {
            Optional<String> email = signature.updates()
                    ? store.find(signature.petitionId(), signature.signerKey()).flatMap(StoredSignature::email)
                    : Optional.empty();
            cells.add(safe(email));
        }
        return cells;
    }

    private static String safe(Optional<String> value) {
        return org.nkpetition.export.SpreadsheetSafe.cell(value.orElse(""));
    }

    @Command(name = "erase", description = "Remove a person's signature from every petition and from the counts.")
    int erase(@Option(names = "--email", required = true, paramLabel = "ADDRESS") String email) {
        SigningService signing = new SigningService(signatureStore(), message -> {
            throw new IllegalStateException("erasure sends no email");
        }, new TemplatedEmailComposer(), new KeyedHash(signerHashKey()), java.time.Duration.ofDays(7));
        List<String> erased = new Erasure(petitions(), signatureStore(), signing).erase(email, Instant.now());
        spec.commandLine().getOut().println(erased.isEmpty()
                ? "No signature with that address."
                : "Erased the signature from: " + String.join(", ", erased));
        return 0;
    }

    /** Locally the development key; in AWS the key of the stack's secret, exported as SIGNER_HASH_KEY. */
    private String signerHashKey() {
        if (admin.target.local) {
            return LocalDevelopment.SIGNER_HASH_KEY;
        }
        return Environment.system().get("SIGNER_HASH_KEY").orElseThrow(() -> new IllegalStateException(
                "Set SIGNER_HASH_KEY to the stack's signer hash key (see docs/OPERATIONS.md)"));
    }

    private PetitionStore petitions() {
        return new DynamoDbPetitionStore(admin.target.dynamo(), admin.target.table("PetitionsTable"));
    }

    private DynamoDbSignatureStore signatureStore() {
        return new DynamoDbSignatureStore(admin.target.dynamo(), admin.target.table("SignaturesTable"),
                admin.target.counterShards);
    }
}
