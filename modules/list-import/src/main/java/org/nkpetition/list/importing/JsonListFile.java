package org.nkpetition.list.importing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nkpetition.list.entry.EntryJson;

/**
 * THE LIST as JSON: an array of objects whose keys are the CSV columns; names and sources may be
 * arrays of texts (or one text with ';' between values), consent a boolean, birth_year a number.
 */
public final class JsonListFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonListFile() {
    }

    public static ParsedList parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (JsonParser parser = MAPPER.getFactory().createParser(content)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return ParsedList.fileError(1, "a JSON list file is an array of entry objects: [{\"id\": …}, …]");
            }
            ListRows rows = new ListRows();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = MAPPER.readTree(parser);
                if (token != JsonToken.START_OBJECT) {
                    rows.countRow();
                    rows.error(line, "", "is not an entry object");
                    continue;
                }
                List<String> unknown = new ArrayList<>();
                Map<String, Object> values = EntryJson.values(MAPPER.convertValue(node, Map.class), unknown);
                for (String key : unknown) {
                    rows.error(line, key, "is not a field of the list format");
                }
                rows.add(line, values);
            }
            if (token == null || parser.nextToken() != null) {
                return ParsedList.fileError(parser.currentLocation().getLineNr(), "the JSON array is not closed properly");
            }
            return rows.result();
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            return ParsedList.fileError(where == null ? 0 : where.getLineNr(), "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
