package org.nkpetition.admin;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.entry.RowError;
import org.nkpetition.list.importing.ListExport;
import org.nkpetition.list.importing.ListImport;
import org.nkpetition.list.importing.ListPublisher;
import org.nkpetition.list.store.DynamoDbListStore;
import org.nkpetition.list.store.ListStore;
import org.nkpetition.list.store.ListVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** THE LIST: import it from a CSV or JSON file (docs/LIST.md), export it. */
@Command(name = "list", description = "Import THE LIST from a CSV or JSON file, or export it.", mixinStandardHelpOptions = true)
public final class ListCommand {
    /** Exit code when the file has errors (nothing was imported). */
    static final int INVALID_FILE = 2;
    /** Imports this long report their progress. */
    private static final int PROGRESS_FROM = 500;

    enum Format {
        csv, json
    }

    @ParentCommand
    AdminCli admin;

    @Spec
    CommandSpec spec;

    private ListStore store() {
        return new DynamoDbListStore(admin.target.dynamo(), admin.target.table("ListTable"));
    }

    @Command(name = "import", description = {
        "Check every row of FILE and, only if all are valid, publish them: people in the file are added or updated,",
        "rows with consent=false are withheld (and removed if published). Importing the same file again changes nothing."})
    int importList(
            @Parameters(paramLabel = "FILE", description = "CSV or JSON list file (UTF-8)") Path file,
            @Option(names = "--replace", description = "Also remove published people who are not in FILE.") boolean replace)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ListImport.Report report = new ListImport(store(), Clock.systemUTC()).run(file, replace, (done, total) -> {
            if (total >= PROGRESS_FROM && (done == total || done % PROGRESS_FROM == 0)) {
                err.printf("  writing %,d / %,d entries%n", done, total);
            }
        });
        if (!report.imported()) {
            List<RowError> errors = report.file().errors();
            for (RowError error : errors) {
                err.println(file.getFileName() + ": " + error);
            }
            err.printf("%s: %d error(s) in %d row(s); nothing was imported.%n", file.getFileName(), errors.size(),
                    report.file().rows());
            return INVALID_FILE;
        }
        ListPublisher.Outcome outcome = report.outcome().orElseThrow();
        ListVersion version = outcome.version().orElseThrow();
        if (!outcome.changed()) {
            out.printf("THE LIST is already up to date (version %d, %d people); nothing was written.%n",
                    version.publishCount(), version.entryCount());
        } else {
            out.printf("Published version %d of THE LIST: %d people (%d added, %d updated, %d removed, %d unchanged).%n",
                    version.publishCount(), version.entryCount(), outcome.added(), outcome.updated(), outcome.removed(),
                    outcome.unchanged());
        }
        if (outcome.withheld() > 0) {
            out.printf("%d row(s) without consent were withheld: never stored, and removed if they were published.%n",
                    outcome.withheld());
        }
        return 0;
    }

    @Command(name = "export", description = "Write the published list in the import format (CSV, or JSON).")
    int export(
            @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.") Path file,
            @Option(names = "--format", description = "csv or json (default: from the --out extension, else csv).")
            Optional<Format> format) throws IOException {
        ListStore store = store();
        Optional<ListVersion> version = store.published();
        List<ListEntry> entries = version.map(v -> store.entries(v.generation())).orElse(List.of());
        Format chosen = format.orElse(file != null && file.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? Format.json : Format.csv);
        if (file == null) {
            write(entries, chosen, spec.commandLine().getOut());
        } else {
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                write(entries, chosen, writer);
            }
        }
        spec.commandLine().getErr().printf("Exported %d people (version %s)%s.%n", entries.size(),
                version.map(v -> Long.toString(v.publishCount())).orElse("none: nothing published yet"),
                file == null ? "" : " to " + file);
        return 0;
    }

    private static void write(List<ListEntry> entries, Format format, Writer out) throws IOException {
        if (format == Format.json) {
            ListExport.json(entries, out);
        } else {
            ListExport.csv(entries, out);
        }
    }
}
