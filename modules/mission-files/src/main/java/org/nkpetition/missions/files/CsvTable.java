package org.nkpetition.missions.files;

import org.nkpetition.missions.RowError;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An organiser's CSV file (UTF-8, optional BOM, a header row naming the columns in any order, RFC 4180 quoting)
 * read into rows keyed by column name, each with the line it starts on. Blank lines are skipped. Unknown
 * columns, missing required columns, rows with more cells than the header and malformed quoting are
 * {@link InvalidFileException}s with line numbers. Through jackson-dataformat-csv, as THE LIST's import
 * (docs/adr/0102): its parser reports the line of each token, even inside quoted multi-line cells.
 */
public final class CsvTable {
    /** A data row: its first line in the file and its non-blank cells by column (values trimmed). */
    public record Row(int line, Map<String, String> cells) {
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvTable() {
    }

    /** The data rows of {@code text}, whose header must name every {@code required} column and only {@code known} ones. */
    public static List<Row> read(String text, List<String> known, Set<String> required) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(',').withQuoteChar('"');
        try (CsvParser parser = MAPPER.getFactory().createParser(content)) {
            parser.setSchema(schema);
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            return rows(parser, known, required);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new InvalidFileException(List.of(new RowError(where == null ? 0 : where.getLineNr(),
                    "malformed CSV: " + e.getOriginalMessage() + " (a quoted cell may lack its closing quote)")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Row> rows(CsvParser parser, List<String> known, Set<String> required) throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY || parser.nextToken() != JsonToken.START_ARRAY) {
            throw new InvalidFileException(List.of(new RowError(1, "the file is empty; it needs a header row: "
                    + String.join(",", known))));
        }
        List<String> header = new ArrayList<>();
        int headerLine = cells(parser, header);
        List<RowError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!known.contains(column)) {
                errors.add(new RowError(headerLine, "unknown column \"" + column + "\"; the columns are " + String.join(",", known)));
            } else if (!seen.add(column)) {
                errors.add(new RowError(headerLine, "column \"" + column + "\" appears twice"));
            }
        }
        for (String column : known) {
            if (required.contains(column) && !header.contains(column)) {
                errors.add(new RowError(headerLine, "missing required column \"" + column + "\""));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFileException(errors);
        }
        List<Row> rows = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            List<String> cells = new ArrayList<>();
            int line = cells(parser, cells);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (cells.size() > header.size()) {
                errors.add(new RowError(line, "has " + cells.size() + " cells but the header names " + header.size() + " columns"));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    values.put(header.get(i), cells.get(i).strip());
                }
            }
            rows.add(new Row(line, values));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFileException(errors);
        }
        return rows;
    }

    private static int cells(CsvParser parser, List<String> cells) throws IOException {
        int line = 0;
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
            if (cells.isEmpty()) {
                line = parser.currentTokenLocation().getLineNr();
            }
            cells.add(parser.getText());
        }
        return line;
    }

    /** Writes a header and rows (cells in header order) as CSV, quoting where needed. */
    public static String write(List<String> header, List<List<String>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder();
        header.forEach(schema::addColumn);
        try {
            StringWriter out = new StringWriter();
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            MAPPER.writer(schema.build().withoutHeader().withLineSeparator("\n")).writeValues(out).writeAll(all).close();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
