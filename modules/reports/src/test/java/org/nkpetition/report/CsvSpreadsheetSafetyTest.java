package org.nkpetition.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.nkpetition.report.content.CityCount;
import org.nkpetition.report.content.RosterEntry;
import org.nkpetition.report.rendering.csv.CsvRoster;
import org.nkpetition.report.rendering.csv.CsvTables;
import org.nkpetition.signature.DisplayName;

/**
 * The report's CSV files opened as a spreadsheet would in a comma locale and in a semicolon
 * locale (de, fr, es ...): no cell either reader sees starts a formula, and the comma reading
 * gives back every character signers wrote (plus the neutralising apostrophes).
 */
class CsvSpreadsheetSafetyTest {
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\")", "Seoul;=1+1", "Busan, @SUM(A1)",
            "ok;\t-2", "x;\"=cmd()", "＝1+1", "name\n=1", "+82 10", "a; +b");

    @Test
    void rosterCellsAreSafeWhateverTheSeparator() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvRoster roster = new CsvRoster(out)) {
            for (String hostile : HOSTILE) {
                roster.row(new RosterEntry(Instant.parse("2026-09-01T00:00:00Z"), Optional.of(hostile), DisplayName.FULL,
                        "KR", Optional.of(hostile), Optional.of(hostile)));
            }
        }
        String file = out.toString(StandardCharsets.UTF_8).substring(1);
        assertNoFormula(file);
        List<CSVRecord> rows = parse(file, ',');
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertEquals(HOSTILE.get(i).replace("'", ""), rows.get(i).get("name").replace("'", ""));
        }
    }

    @Test
    void cityTableCellsAreSafeToo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<CityCount> cities = new ArrayList<>();
        for (String hostile : HOSTILE) {
            cities.add(new CityCount("KR", Optional.of(hostile), false, 1));
        }
        CsvTables.byCity(out, cities);
        assertNoFormula(out.toString(StandardCharsets.UTF_8).substring(1));
    }

    private static void assertNoFormula(String file) throws IOException {
        for (char separator : new char[] {',', ';'}) {
            List<String> cells = new ArrayList<>();
            try {
                parse(file, separator).forEach(record -> record.forEach(cells::add));
            } catch (IOException | RuntimeException notQuotedThatWay) {
                // The file's quotes are for commas; a semicolon reader may not make sense of them.
            }
            for (String line : file.split("[\r\n]")) {
                cells.addAll(List.of(line.split(String.valueOf(separator), -1)));
            }
            for (String cell : cells) {
                String start = cell.replaceFirst("^[ \"]+", "");
                assertFalse(!start.isEmpty() && "=+-@\t\r＝＋－＠".indexOf(start.charAt(0)) >= 0, "read with '" + separator + "': " + cell);
            }
        }
    }

    private static List<CSVRecord> parse(String file, char separator) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(file), CSVFormat.RFC4180.builder().setDelimiter(separator)
                .setHeader().setSkipHeaderRecord(true).build())) {
            return parser.getRecords();
        }
    }
}
