package org.nkpetition.list.importing;

import java.util.List;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.entry.RowError;

/**
 * What an import file holds: its valid entries (with or without consent) and every problem found,
 * by line. A file with any error is imported not at all.
 *
 * @param rows the data rows (or JSON objects) read, valid or not
 */
public record ParsedList(List<ListEntry> entries, List<RowError> errors, int rows) {
    public ParsedList {
        entries = List.copyOf(entries);
        errors = errors.stream().sorted().toList();
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    static ParsedList fileError(int line, String message) {
        return new ParsedList(List.of(), List.of(new RowError(line, "", message)), 0);
    }
}
