package org.nkpetition.list.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.domain.Language;

/**
 * An entry as a JSON object with the import columns as keys (names and sources as arrays, consent
 * a boolean): the JSON import format, the export format and how the store keeps each entry.
 */
public final class EntryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EntryJson() {
    }

    public static ObjectNode write(ListEntry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", entry.id());
        ArrayNode names = node.putArray("names");
        entry.names().forEach(names::add);
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
            ArrayNode sources = node.putArray("sources");
            entry.sources().forEach(sources::add);
        }
        node.put("consent", entry.consent());
        return node;
    }

    public static String writeString(ListEntry entry) {
        return write(entry).toString();
    }

    /**
     * The field values of a JSON object for {@link EntryFields}: texts, lists of texts, and for any
     * other kind of value the node itself, which the checks then refuse with a clear message.
     * Keys that are not import columns go to {@code unknown}.
     */
    public static Map<String, Object> values(JsonNode object, List<String> unknown) {
        Map<String, Object> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!EntryFields.COLUMNS.contains(field.getKey())) {
                unknown.add(field.getKey());
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            values.put(field.getKey(), value(value));
        }
        return values;
    }

    private static Object value(JsonNode value) {
        if (value.isTextual() || value.isBoolean() || value.isIntegralNumber()) {
            return value.asText();
        }
        if (value.isArray()) {
            List<Object> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isTextual() ? item.asText() : item));
            return items;
        }
        return value;
    }

    /** Reads an entry the store wrote; the same checks as an import, so a hand-edited item cannot slip through. */
    public static EntryFields.Result read(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            return new EntryFields.Result(Optional.empty(), List.of(new RowError(0, "", "not JSON")));
        }
        if (node == null || !node.isObject()) {
            return new EntryFields.Result(Optional.empty(), List.of(new RowError(0, "", "not a JSON object")));
        }
        return EntryFields.parse(0, values(node, new ArrayList<>()));
    }
}
