package org.nkpetition.list.importing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nkpetition.domain.Language;
import org.nkpetition.list.entry.EntryFields;
import org.nkpetition.list.entry.EntryJson;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.entry.ListLanguages;

/**
 * Writes entries in the import formats, so that an export imported again changes nothing. No
 * spreadsheet-formula escaping: that would alter names on the way back in; open the CSV as text.
 */
public final class ListExport {
    // The caller owns the writer (it may be standard output): never close it.
    private static final CsvMapper CSV = (CsvMapper) new CsvMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ListExport() {
    }

    public static void csv(List<ListEntry> entries, Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        EntryFields.COLUMNS.forEach(schema::addColumn);
        try (SequenceWriter rows = CSV.writer(schema.build().withHeader()).writeValues(out)) {
            for (ListEntry entry : entries) {
                rows.write(cells(entry));
            }
        }
        out.flush();
    }

    public static void json(List<ListEntry> entries, Writer out) throws IOException {
        JSON.writeValue(out, entries.stream().map(EntryJson::write).toList());
        out.write(System.lineSeparator());
        out.flush();
    }

    private static Map<String, String> cells(ListEntry entry) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("id", entry.id());
        cells.put("names", String.join(EntryFields.SEPARATOR, entry.names()));
        cells.put("gender", entry.gender().map(Enum::name).orElse(""));
        cells.put("birth_year", entry.birthYear().isPresent() ? Integer.toString(entry.birthYear().getAsInt()) : "");
        cells.put("category", entry.category().map(c -> c.code()).orElse(""));
        cells.put("status", entry.status().map(s -> s.code()).orElse(""));
        cells.put("status_date", entry.statusDate().map(d -> d.text()).orElse(""));
        cells.put("event_date", entry.eventDate().map(d -> d.text()).orElse(""));
        for (Language language : ListLanguages.ALL) {
            cells.put(EntryFields.placeColumn("event_place", language), entry.eventPlace().get(language).orElse(""));
            cells.put(EntryFields.placeColumn("detention_place", language), entry.detentionPlace().get(language).orElse(""));
        }
        for (Language language : ListLanguages.ALL) {
            cells.put("notes_" + language.code(), entry.notes().getOrDefault(language, ""));
        }
        cells.put("sources", String.join(EntryFields.SEPARATOR, entry.sources()));
        cells.put("consent", Boolean.toString(entry.consent()));
        return cells;
    }
}
