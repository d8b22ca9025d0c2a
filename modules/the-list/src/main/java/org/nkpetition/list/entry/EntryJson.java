package org.nkpetition.list.entry;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.domain.Language;

/**
 * An entry as a JSON object with the import columns as keys (names and sources as arrays, consent
 * a boolean): the JSON import format, the export format and how the store keeps each entry. Plain maps
 * and lists (jackson-jr in the lookup function, which reads every stored entry at start-up).
 */
public final class EntryJson {
    private EntryJson() {
    }

    /** The entry as a JSON object: import columns as keys, absent values left out. */
    public static Map<String, Object> write(ListEntry entry) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", entry.id());
        node.put("names", entry.names());
        entry.gender().ifPresent(g -> node.put("gender", g.name()));
        entry.birthYear().ifPresent(year -> node.put("birth_year", year));
        entry.category().ifPresent(c -> node.put("category", c.code()));
        entry.status().ifPresent(s -> node.put("status", s.code()));
        entry.statusDate().ifPresent(d -> node.put("status_date", d.text()));
        entry.eventDate().ifPresent(d -> node.put("event_date", d.text()));
        for (Language language : ListLanguages.ALL) {
            entry.eventPlace().get(language).ifPresent(p -> node.put(EntryFields.placeColumn("event_place", language), p));
            entry.detentionPlace().get(language).ifPresent(p -> node.put(EntryFields.placeColumn("detention_place", language), p));
        }
        for (Language language : ListLanguages.ALL) {
            String notes = entry.notes().get(language);
            if (notes != null) {
                node.put("notes_" + language.code(), notes);
            }
        }
        if (!entry.sources().isEmpty()) {
            node.put("sources", entry.sources());
        }
        node.put("consent", entry.consent());
        return node;
    }

    public static String writeString(ListEntry entry) {
        try {
            return JSON.std.asString(write(entry));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The field values of a JSON object for {@link EntryFields}: texts (booleans and whole numbers as
     * their text), lists (texts kept as texts), and any other kind of value as it is, which the checks
     * then refuse with a clear message. Keys that are not import columns go to {@code unknown}.
     */
    public static Map<String, Object> values(Map<?, ?> object, List<String> unknown) {
        Map<String, Object> values = new LinkedHashMap<>();
        object.forEach((key, value) -> {
            String name = String.valueOf(key);
            if (!EntryFields.COLUMNS.contains(name)) {
                unknown.add(name);
            } else if (value != null) {
                values.put(name, value(value));
            }
        });
        return values;
    }

    /** Whole numbers come from both parsers (jackson-jr here, databind in the import) as Integer, Long or BigInteger. */
    private static Object value(Object value) {
        boolean wholeNumber = value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger;
        return value instanceof String || value instanceof Boolean || wholeNumber ? value.toString() : value;
    }

    /** Reads an entry the store wrote; the same checks as an import, so a hand-edited item cannot slip through. */
    public static EntryFields.Result read(String json) {
        Object node;
        try {
            node = JSON.std.anyFrom(json);
        } catch (IOException | RuntimeException e) {
            return new EntryFields.Result(Optional.empty(), List.of(new RowError(0, "", "not JSON")));
        }
        if (!(node instanceof Map<?, ?> object)) {
            return new EntryFields.Result(Optional.empty(), List.of(new RowError(0, "", "not a JSON object")));
        }
        return EntryFields.parse(0, values(object, new ArrayList<>()));
    }
}
