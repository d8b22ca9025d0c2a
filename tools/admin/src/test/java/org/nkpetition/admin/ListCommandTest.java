package org.nkpetition.admin;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.importing.JsonListFile;
import org.nkpetition.list.store.DynamoDbListStore;
import org.nkpetition.localstack.LocalStack;
import org.nkpetition.localstack.ProjectFiles;

/** bin/admin --local list import / export, in-process against the tests' moto. */
class ListCommandTest {
    private static final Path DEMO_LIST = ProjectFiles.root().resolve("tools/dev-server/seed/list/demo-list.csv");
    private static final String HEADER = "id,names,status,consent\n";

    private final AdminFixture fixture = new AdminFixture();
    private final LocalStack stack = fixture.stack;
    private final DynamoDbListStore store = new DynamoDbListStore(stack.dynamo(), "ListTable");
    @TempDir
    Path dir;

    private AdminFixture.Run admin(String... arguments) {
        return fixture.admin(arguments);
    }

    private List<String> publishedIds() {
        return store.published().map(v -> store.entries(v.generation()).stream().map(ListEntry::id).toList()).orElse(List.of());
    }

    @BeforeEach
    void reset() {
        stack.reset();
    }

    @Test
    void importsAFileAndSaysWhatChanged() {
        AdminFixture.Run run = admin("list", "import", DEMO_LIST.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                Published version 1 of THE LIST: 11 people (11 added, 0 updated, 0 removed, 0 unchanged).
                1 row(s) without consent were withheld: never stored, and removed if they were published.
                """, run.out());
        assertEquals(11, publishedIds().size());

        AdminFixture.Run again = admin("list", "import", DEMO_LIST.toString());
        assertEquals(0, again.exitCode());
        assertTrue(again.out().startsWith("THE LIST is already up to date (version 1, 11 people); nothing was written."),
                again.out());
    }

    @Test
    void aFileWithErrorsIsRefusedWithEveryErrorAndItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("list.csv"), HEADER
                + "a-1,Kim Sol,detained,true\n"
                + "a-2,Lee Min,jailed,true\n"
                + "a-3,Park Ho,,maybe\n", StandardCharsets.UTF_8);
        AdminFixture.Run run = admin("list", "import", file.toString());
        assertEquals(ListCommand.INVALID_FILE, run.exitCode());
        assertEquals("""
                list.csv: line 3, status: must be one of detained, repatriated, released, third-country, deceased, unknown or empty
                list.csv: line 4, consent: must be true or false
                list.csv: 2 error(s) in 3 row(s); nothing was imported.
                """, run.err());
        assertEquals(List.of(), publishedIds());
    }

    @Test
    void replaceRemovesPeopleNotInTheFile() throws IOException {
        admin("list", "import", DEMO_LIST.toString());
        Path one = Files.writeString(dir.resolve("one.csv"), HEADER + "demo-001,리설화;Ri Sol Hwa,detained,true\n",
                StandardCharsets.UTF_8);
        AdminFixture.Run merged = admin("list", "import", one.toString());
        assertTrue(merged.out().contains("11 people (0 added, 1 updated, 0 removed, 10 unchanged)"), merged.out());
        AdminFixture.Run replaced = admin("list", "import", one.toString(), "--replace");
        assertTrue(replaced.out().contains("1 people (0 added, 0 updated, 10 removed, 1 unchanged)"), replaced.out());
        assertEquals(List.of("demo-001"), publishedIds());
    }

    @Test
    void longImportsShowProgress() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1200; i++) {
            csv.append("p-").append(i).append(",Kim Person").append(i).append(",,true\n");
        }
        AdminFixture.Run run = admin("list", "import", Files.writeString(dir.resolve("long.csv"), csv, StandardCharsets.UTF_8).toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                  writing 500 / 1,200 entries
                  writing 1,000 / 1,200 entries
                  writing 1,200 / 1,200 entries
                """, run.err());
    }

    @Test
    void exportsInTheImportFormatsSoAnExportReimportsUnchanged() throws IOException {
        admin("list", "import", DEMO_LIST.toString());
        AdminFixture.Run csv = admin("list", "export");
        assertEquals(0, csv.exitCode(), csv.err());
        assertTrue(csv.out().startsWith("id,names,gender,birth_year,category,status,status_date,event_date,event_place,"
                + "detention_place,notes_en,notes_ko,notes_es,sources,consent,event_place_ko,event_place_es,"
                + "detention_place_ko,detention_place_es\n"), csv.out());
        assertEquals(12, csv.out().lines().filter(line -> line.startsWith("demo-") || line.startsWith("id,")).count());
        assertEquals("Exported 11 people (version 1).\n", csv.err());

        Path exported = Files.writeString(dir.resolve("export.csv"), csv.out(), StandardCharsets.UTF_8);
        assertTrue(admin("list", "import", exported.toString()).out().startsWith("THE LIST is already up to date"));

        Path json = dir.resolve("export.json");
        AdminFixture.Run toFile = admin("list", "export", "--out", json.toString());
        assertEquals(0, toFile.exitCode(), toFile.err());
        assertEquals(11, JsonListFile.parse(Files.readString(json, StandardCharsets.UTF_8)).entries().size());
        assertTrue(admin("list", "import", json.toString()).out().startsWith("THE LIST is already up to date"));
    }

    @Test
    void exportingBeforeAnyImportWritesAnEmptyList() {
        AdminFixture.Run run = admin("list", "export", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("[ ]", run.out().strip());
        assertEquals("Exported 0 people (version none: nothing published yet).\n", run.err());
    }
}
