package org.nkpetition.list.search;

import java.util.List;
import org.nkpetition.list.entry.ListEntry;

/**
 * The best matches, best first, and how many people matched in all.
 *
 * @param total matches before the limit was applied
 */
public record SearchResult(List<Hit> hits, int total) {
    public SearchResult {
        hits = List.copyOf(hits);
    }

    /**
     * A listed person the query matched.
     *
     * @param score 0–1, higher is better; comparable within one search
     * @param matchedName the form of the person's name the query matched best
     */
    public record Hit(ListEntry entry, double score, String matchedName) {
    }
}
