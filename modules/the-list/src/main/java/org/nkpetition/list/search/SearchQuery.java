package org.nkpetition.list.search;

import java.util.Optional;
import org.nkpetition.list.entry.Category;
import org.nkpetition.list.entry.EntryStatus;

/** A search of THE LIST: a name, optional filters, and how many results to return at most. */
public record SearchQuery(NameQuery name, Optional<EntryStatus> status, Optional<Category> category, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;

    public SearchQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        }
    }
}
