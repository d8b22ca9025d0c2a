package org.nkpetition.list.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nkpetition.list.entry.EntryFields;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.entry.RowError;

/** Collects the rows of one file: checks each, and refuses an id used twice. */
final class ListRows {
    private final List<ListEntry> entries = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private final Map<String, Integer> lineById = new HashMap<>();
    private int rows;

    void add(int line, Map<String, Object> values) {
        rows++;
        EntryFields.Result result = EntryFields.parse(line, values);
        errors.addAll(result.errors());
        result.entry().ifPresent(entry -> {
            Integer first = lineById.putIfAbsent(entry.id(), line);
            if (first != null) {
                errors.add(new RowError(line, "id", "'" + entry.id() + "' is already used on line " + first));
            } else {
                entries.add(entry);
            }
        });
    }

    void error(int line, String field, String message) {
        errors.add(new RowError(line, field, message));
    }

    void countRow() {
        rows++;
    }

    ParsedList result() {
        return new ParsedList(entries, errors, rows);
    }
}
