package org.nkpetition.list.importing;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.nkpetition.list.entry.EntryFields;
import org.nkpetition.list.entry.ListEntry;

/**
 * Whatever file an organiser hands over, the import reads it or says what is wrong, by line, and
 * never throws; and what the export writes, the import reads back as the same entries (the
 * promise of ListExport: an export imported again changes nothing).
 */
class ListFilesPropertiesTest {
    private static final String HEADER = String.join(",", EntryFields.COLUMNS) + "\n";

    @Property(tries = 1000)
    void anyTextIsReadOrRefusedNeverThrown(@ForAll @StringLength(max = 300) String text) {
        for (ParsedList parsed : List.of(CsvListFile.parse(text), JsonListFile.parse(text), CsvListFile.parse(HEADER + text))) {
            assertEquals(parsed.errors().isEmpty(), parsed.valid());
            parsed.errors().forEach(error -> assertTrue(error.line() >= 0, error.toString()));
        }
    }

    @Property(tries = 500)
    void rowsOfCellsWithQuotesCommasAndLineBreaksAreReadOrRefusedNeverThrown(
            @ForAll("cells") List<String> cells) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < cells.size(); i++) {
            csv.append(cells.get(i)).append(i % 7 == 6 ? "\n" : ",");
        }
        ParsedList parsed = CsvListFile.parse(csv.toString());
        assertEquals(parsed.errors().isEmpty(), parsed.valid());
    }

    @Property(tries = 300)
    void anExportIsReadBackAsTheSameEntries(@ForAll("entries") List<ListEntry> entries) throws IOException {
        StringWriter csv = new StringWriter();
        ListExport.csv(entries, csv);
        ParsedList fromCsv = CsvListFile.parse(csv.toString());
        assertTrue(fromCsv.valid(), fromCsv.errors().toString());
        assertEquals(entries, fromCsv.entries());

        StringWriter json = new StringWriter();
        ListExport.json(entries, json);
        ParsedList fromJson = JsonListFile.parse(json.toString());
        assertTrue(fromJson.valid(), fromJson.errors().toString());
        assertEquals(entries, fromJson.entries());
    }

    /** Up to 40 cells of letters, Hangul, and what CSV must quote (commas, quotes, line breaks), and ';'. */
    @Provide
    Arbitrary<List<String>> cells() {
        return Arbitraries.strings().withChars("aZ리설화 ,\";\n=é-").ofMaxLength(12).list().ofMaxSize(40);
    }

    /** Entries as the checks make them (so already in their stored form), with distinct ids. */
    @Provide
    Arbitrary<List<ListEntry>> entries() {
        Arbitrary<String> name = Arbitraries.strings().withChars("abcKLM리설화박 -é").ofMinLength(1).ofMaxLength(15)
                .filter(text -> !text.isBlank());
        Arbitrary<String> text = Arbitraries.strings().withChars("ab 리설,\"\n;=+-é\t").ofMaxLength(30);
        Arbitrary<Map<String, Object>> row = Combinators.combine(
                name.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of("", "F", "M", "X"),
                Arbitraries.of("", "refugee", "humanitarian-worker", "child"),
                Arbitraries.of("", "detained", "repatriated", "released", "third-country", "deceased", "unknown"),
                Arbitraries.of("", "2019", "2020-03", "2021-12-31"),
                text, text, text)
                .as((names, gender, category, status, date, place, noteKo, note) -> {
                    Map<String, Object> values = new LinkedHashMap<>();
                    values.put("names", String.join(";", names));
                    putIfPresent(values, "gender", gender);
                    putIfPresent(values, "category", category);
                    putIfPresent(values, "status", status);
                    putIfPresent(values, "event_date", date);
                    putIfPresent(values, "event_place_ko", place);
                    putIfPresent(values, "notes_ko", noteKo);
                    putIfPresent(values, "notes_en", note);
                    values.put("consent", "true");
                    return values;
                });
        return row.list().ofMaxSize(6).map(rows -> {
            List<ListEntry> entries = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> values = new LinkedHashMap<>(rows.get(i));
                values.put("id", "p-" + i);
                EntryFields.parse(i + 2, values).entry().ifPresent(entries::add);
            }
            return entries;
        });
    }

    private static void putIfPresent(Map<String, Object> values, String column, String value) {
        if (!value.isBlank()) {
            values.put(column, value);
        }
    }
}
