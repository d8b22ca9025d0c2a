package org.nkpetition.list.importing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.nkpetition.list.entry.EntryFields;

/**
 * THE LIST as CSV (docs/LIST.md): UTF-8, a header row naming the columns (any order; only id,
 * names and consent are required), then one row per person; ';' separates several names or
 * sources in one cell; cells with commas, quotes or line breaks are quoted the usual way.
 */
public final class CsvListFile {
    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvListFile() {
    }

    public static ParsedList parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(',').withQuoteChar('"');
        try (CsvParser parser = MAPPER.getFactory().createParser(content)) {
            parser.setSchema(schema);
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            return read(parser);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            return ParsedList.fileError(where == null ? 0 : where.getLineNr(), "malformed CSV: " + e.getOriginalMessage()
                    + " (a quoted cell may lack its closing quote)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedList read(CsvParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY || parser.nextToken() != JsonToken.START_ARRAY) {
            return ParsedList.fileError(1, "the file is empty; it needs a header row: " + String.join(",", EntryFields.COLUMNS));
        }
        List<String> header = new ArrayList<>();
        int headerLine = cells(parser, header);
        String problem = headerProblem(header);
        if (problem != null) {
            return ParsedList.fileError(headerLine, problem);
        }
        ListRows rows = new ListRows();
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            List<String> cells = new ArrayList<>();
            int line = cells(parser, cells);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (cells.size() > header.size()) {
                rows.countRow();
                rows.error(line, "", "has " + cells.size() + " cells but the header names " + header.size() + " columns");
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    values.put(header.get(i), cells.get(i));
                }
            }
            rows.add(line, values);
        }
        return rows.result();
    }

    /** Reads a row's cells; returns the line the row starts on (where its first cell starts). */
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

    private static String headerProblem(List<String> header) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).strip().toLowerCase(Locale.ROOT);
            header.set(i, column);
            if (!EntryFields.COLUMNS.contains(column)) {
                return "unknown column '" + column + "' in the header; the columns are " + String.join(",", EntryFields.COLUMNS);
            }
            if (!seen.add(column)) {
                return "column '" + column + "' appears twice in the header";
            }
        }
        List<String> missing = EntryFields.REQUIRED.stream().filter(column -> !seen.contains(column)).toList();
        return missing.isEmpty() ? null : "the header lacks the required column(s) " + String.join(", ", missing);
    }
}
