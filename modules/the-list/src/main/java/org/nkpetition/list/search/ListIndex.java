package org.nkpetition.list.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.names.NameReading;

/**
 * THE LIST in memory, ready to search: every reading of every name form of every consenting
 * person under its sound keys. Built once per container (and again when a new list is published),
 * then read by any number of searches; immutable, so safe to share between threads.
 *
 * <p>Entries without consent are dropped here too, whatever the caller passes: an index can never
 * return them.
 */
public final class ListIndex {
    static final char SEPARATOR = '|';

    final List<ListEntry> entries;
    private final Map<String, ListEntry> byId;
    /** "surnameKey|givenKey" → readings with that whole name. */
    final Map<String, List<IndexedReading>> byFullName;
    /** Surname key → everyone with that surname, grouped by how it is written. */
    final Map<String, SurnameGroup[]> bySurname;
    final Map<String, List<IndexedReading>> byGivenName;
    /** The surnames and given names by their typed spellings, and each given name's readings. */
    final Parts parts;
    /** Per-thread scratch space for searches (the dev server searches from many threads). */
    private final ThreadLocal<Matches> matches;

    ListIndex(List<ListEntry> entries, Map<String, ListEntry> byId, Map<String, List<IndexedReading>> byFullName,
            Map<String, SurnameGroup[]> bySurname, Map<String, List<IndexedReading>> byGivenName, Parts parts) {
        this.entries = List.copyOf(entries);
        this.byId = Map.copyOf(byId);
        this.byFullName = byFullName;
        this.bySurname = bySurname;
        this.byGivenName = byGivenName;
        this.parts = parts;
        this.matches = ThreadLocal.withInitial(() -> new Matches(this.entries.size()));
    }

    /**
     * The distinct surnames and given names of the list: the spelling indexes of both kinds, for each given-name id the readings that have it, and for each
     * entry the readings of its Hangul name forms (what a Latin spelling of the person is judged by).
     */
    record Parts(SpellingIndex surnameSpellings, SpellingIndex givenSpellings,
            IndexedReading[][] readingsByGiven, IndexedReading[][] hangulReadingsByEntry) {
    }

    public static ListIndex of(Collection<ListEntry> entries) {
        IndexBuilder builder = new IndexBuilder();
        entries.stream().filter(ListEntry::consent).sorted(Comparator.comparing(ListEntry::id)).forEach(builder::add);
        return builder.build();
    }

    public static ListIndex empty() {
        return of(List.of());
    }

    /** The number of people searchable. */
    public int size() {
        return entries.size();
    }

    public Optional<ListEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The people whose names match, best first: by score (0–1, in the bands of {@link MatchKind}),
     * then by the reading of the query that matched (surname first before surname last), then in
     * list order; at most {@code query.limit()} of them, with the total. Any parsed query can be
     * searched for; nothing is thrown.
     */
    public SearchResult search(SearchQuery query) {
        Matches found = matches.get();
        try {
            Search search = new Search(this, query, found);
            List<NameReading> readings = query.name().readings();
            for (int rank = 0; rank < readings.size(); rank++) {
                search.match(readings.get(rank), rank);
            }
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (int entry : found.ranked(query.limit())) {
                ListEntry listed = entries.get(entry);
                hits.add(new SearchResult.Hit(listed, found.score(entry), listed.names().get(found.form(entry))));
            }
            return new SearchResult(hits, found.count());
        } finally {
            found.clear();
        }
    }
}
