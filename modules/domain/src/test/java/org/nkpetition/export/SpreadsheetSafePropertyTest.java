package org.nkpetition.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nkpetition.text.UnicodeArbitraries;

/**
 * Cells written the way every CSV of the project is written (commons-csv, RFC 4180, comma),
 * then read back as spreadsheets in different locales would: split on commas (with quotes) and
 * split on semicolons (with quotes, as Excel and LibreOffice do in de/fr/es ...), and, for the
 * careless importers, on tabs and line breaks too. No cell any of them sees starts a formula.
 */
class SpreadsheetSafePropertyTest {
    private static final String TRIGGERS = "=+-@\t\r＝＋－＠";

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(UnicodeArbitraries.anyText(),
                Arbitraries.strings().withChars("=+-@;,\t\r\n \"'abc1()!＝＋－＠".toCharArray()).ofMaxLength(30),
                Arbitraries.of("=1+1", "a;=cmd|' /C calc'!A0", "x,@SUM(A1)", "Seoul; +82", " ;-2+3", "\"=1\"",
                        "a\n=1", "a;\t=1", "; ＝1+1", "x;\"=1"));
    }

    @Property(tries = 2000)
    void idempotent(@ForAll("cells") String cell) {
        String safe = SpreadsheetSafe.cell(cell);
        assertThat(SpreadsheetSafe.cell(safe)).isEqualTo(safe);
        assertThat(safe.replace("'", "")).isEqualTo(cell.replace("'", ""));
    }

    @Property(tries = 2000)
    void noCellStartsAFormulaWhateverTheSeparator(@ForAll("cells") String first, @ForAll("cells") String second)
            throws IOException {
        StringWriter file = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(file, CSVFormat.RFC4180)) {
            csv.printRecord("2026-09-24", SpreadsheetSafe.cell(first), SpreadsheetSafe.cell(second));
        }
        for (char separator : new char[] {',', ';', '\t'}) {
            for (String cell : cellsSeen(file.toString(), separator)) {
                assertThat(startsAFormula(cell)).as("%s read with '%s'", file, separator).isFalse();
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"=1+1 | '=1+1", "a;=1 | a;'=1", "a, @x | a, '@x", "-5 | '-5",
        "x;\"=1 | x;\"'=1", "＝1 | '＝1", "Seoul | Seoul", "a-b | a-b", "ann@example.org | ann@example.org"})
    void examples(String cell, String safe) {
        assertThat(SpreadsheetSafe.cell(cell)).isEqualTo(safe);
    }

    /** The cells a reader splitting on this separator sees: quoted fields honoured where well formed, else raw pieces. */
    private static List<String> cellsSeen(String file, char separator) throws IOException {
        List<String> cells = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(file),
                CSVFormat.RFC4180.builder().setDelimiter(separator).build())) {
            for (CSVRecord record : parser) {
                record.forEach(cells::add);
            }
        } catch (IOException | RuntimeException unreadable) {
            // A reader that gives up on quotes: the file split on the separator and on line breaks as it is.
        }
        for (String line : file.split("[\r\n]")) {
            for (String piece : line.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)) {
                cells.add(piece);
            }
        }
        return cells;
    }

    /** What spreadsheets do: leading spaces and an opening quote are skipped, then a trigger starts a formula. */
    private static boolean startsAFormula(String cell) {
        int i = 0;
        while (i < cell.length() && (cell.charAt(i) == ' ' || cell.charAt(i) == '"' || cell.charAt(i) == '\u00A0'
                || cell.charAt(i) == '\u3000')) {
            i++;
        }
        return i < cell.length() && TRIGGERS.indexOf(cell.charAt(i)) >= 0;
    }
}
