package org.nkpetition.list.search;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.names.NamePart;
import org.nkpetition.list.names.NameReading;

/** One search: matches each reading of the query against the index and keeps each person's best match. */
final class Search {
    private static final SurnameGroup[] NO_GROUPS = new SurnameGroup[0];

    private final ListIndex index;
    private final SearchQuery query;
    private final Matches matches;
    private final boolean forgivesTypos;
    /** Spelling similarities already computed, per query part and (shared) spelling set. */
    private final Map<NamePart, Map<Set<String>, Double>> similarities = new HashMap<>();
    /** The letters of the query reading being matched, to prefer a name form written just so. */
    private String surnameLetters = "";
    private String givenLetters = "";

    Search(ListIndex index, SearchQuery query, Matches matches) {
        this.index = index;
        this.query = query;
        this.matches = matches;
        this.forgivesTypos = query.name().forgivesTypos();
    }

    void match(NameReading queryReading) {
        surnameLetters = queryReading.surname().map(NamePart::letters).orElse("");
        givenLetters = queryReading.given().map(NamePart::letters).orElse("");
        if (queryReading.isFull()) {
            matchFullName(queryReading.surname().get(), queryReading.given().get());
        } else if (queryReading.surname().isPresent()) {
            matchSurname(queryReading.surname().get());
        } else {
            matchGivenName(queryReading.given().get());
        }
    }

    private void matchSurname(NamePart surname) {
        for (String key : surname.surnameKeys()) {
            for (SurnameGroup group : index.bySurname.getOrDefault(key, NO_GROUPS)) {
                double score = MatchKind.SURNAME.score(similarity(surname, group.spellings));
                boolean asQueried = group.letters.equals(surnameLetters);
                for (int i = 0; i < group.entries.length; i++) {
                    if (passesFilters(group.entries[i])) {
                        matches.offer(group.entries[i], group.forms[i], score, asQueried);
                    }
                }
            }
        }
    }

    private void matchFullName(NamePart surname, NamePart given) {
        Set<String> surnameKeys = surname.surnameKeys();
        Set<String> givenKeys = given.givenKeys();
        for (String surnameKey : surnameKeys) {
            for (String givenKey : givenKeys) {
                for (IndexedReading candidate : readings(index.byFullName, surnameKey, givenKey)) {
                    offer(candidate, MatchKind.FULL, fullSimilarity(surname, given, candidate));
                }
            }
        }
        if (!forgivesTypos) {
            return;
        }
        // One typo in the given name (same surname); a given name of fewer than four sounds is too
        // short to tell a typo from another name.
        for (String givenKey : givenKeys) {
            if (givenKey.length() < 4) {
                continue;
            }
            for (String neighbour : index.givenNameTypos.of(givenKey)) {
                for (String surnameKey : surnameKeys) {
                    for (IndexedReading candidate : readings(index.byFullName, surnameKey, neighbour)) {
                        offer(candidate, MatchKind.FULL_ONE_TYPO, fullSimilarity(surname, given, candidate));
                    }
                }
            }
        }
        // Or one typo in the surname (same given name).
        for (String givenKey : givenKeys) {
            for (IndexedReading candidate : index.byGivenName.getOrDefault(givenKey, List.of())) {
                if (candidate.isFull() && surnameKeys.stream().anyMatch(key -> !IndexedReading.contains(candidate.surnameKeys, key)
                        && IndexedReading.anyOneApart(candidate.surnameKeys, key))) {
                    offer(candidate, MatchKind.FULL_ONE_TYPO, fullSimilarity(surname, given, candidate));
                }
            }
        }
    }

    /**
     * A given name alone: everyone with it, whatever their surname. Only if nobody has it exactly are
     * given names one typo away tried: given names are short and many are a letter apart, so
     * near misses would otherwise bury the people actually called so.
     */
    private void matchGivenName(NamePart given) {
        Set<String> keys = given.givenKeys();
        boolean found = false;
        for (String key : keys) {
            for (IndexedReading candidate : index.byGivenName.getOrDefault(key, List.of())) {
                found |= offer(candidate, MatchKind.GIVEN, similarity(given, candidate.givenSpellings));
            }
        }
        if (found || !forgivesTypos || !query.name().isOneWord()) {
            return;
        }
        for (String key : keys) {
            if (key.length() < 5) {
                continue;
            }
            for (String neighbour : index.givenNameTypos.of(key)) {
                for (IndexedReading candidate : index.byGivenName.get(neighbour)) {
                    offer(candidate, MatchKind.GIVEN_ONE_TYPO, similarity(given, candidate.givenSpellings));
                }
            }
        }
    }

    private static List<IndexedReading> readings(Map<String, List<IndexedReading>> byFullName, String surnameKey,
            String givenKey) {
        return byFullName.getOrDefault(surnameKey + ListIndex.SEPARATOR + givenKey, List.of());
    }

    /** The two parts' spelling similarities, weighted by their lengths. */
    private double fullSimilarity(NamePart surname, NamePart given, IndexedReading candidate) {
        double surnameSimilarity = similarity(surname, candidate.surnameSpellings);
        double givenSimilarity = similarity(given, candidate.givenSpellings);
        return (surname.weight() * surnameSimilarity + given.weight() * givenSimilarity) / (surname.weight() + given.weight());
    }

    private double similarity(NamePart part, Set<String> spellings) {
        Map<Set<String>, Double> scored = similarities.computeIfAbsent(part, p -> new IdentityHashMap<>());
        Double known = scored.get(spellings);
        if (known != null) {
            return known;
        }
        double similarity = 0;
        for (String spelling : spellings) {
            similarity = Math.max(similarity, EditDistance.similarity(part.letters(), spelling));
        }
        scored.put(spellings, similarity);
        return similarity;
    }

    /** Offers a match unless the filters exclude the person; tells whether it was offered. */
    private boolean offer(IndexedReading candidate, MatchKind kind, double similarity) {
        if (!passesFilters(candidate.entry)) {
            return false;
        }
        matches.offer(candidate.entry, candidate.form, kind.score(similarity), writtenAsQueried(candidate));
        return true;
    }

    private boolean passesFilters(int entryIndex) {
        if (query.status().isEmpty() && query.category().isEmpty()) {
            return true;
        }
        ListEntry entry = index.entries.get(entryIndex);
        return (query.status().isEmpty() || entry.status().equals(query.status()))
                && (query.category().isEmpty() || entry.category().equals(query.category()));
    }

    /** Whether the query spells the name exactly as this form does (not just as a romanization of it). */
    private boolean writtenAsQueried(IndexedReading candidate) {
        return (surnameLetters.isEmpty() || surnameLetters.equals(candidate.surnameLetters))
                && (givenLetters.isEmpty() || givenLetters.equals(candidate.givenLetters));
    }
}
