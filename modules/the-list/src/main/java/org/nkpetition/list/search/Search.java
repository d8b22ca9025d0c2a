package org.nkpetition.list.search;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.names.NamePart;
import org.nkpetition.list.names.NameReading;
import org.nkpetition.list.names.Script;

/**
 * One search: matches each reading of the query against the index and keeps each person's best
 * match. A full match needs both name parts to be the same name ({@link PartCorrespondence});
 * a typo match needs one part to be, and the other to be typed one letter from one of the listed
 * part's spellings ({@link SpellingIndex}), in a Latin query.
 */
final class Search {
    private static final SurnameGroup[] NO_GROUPS = new SurnameGroup[0];
    /** A given name asked for alone is typo-matched only from this length: short given names are many and alike. */
    private static final int MIN_GIVEN_ALONE_TYPO_LETTERS = 5;

    private final ListIndex index;
    private final SearchQuery query;
    private final Matches matches;
    private final boolean forgivesTypos;
    /** Spelling similarities already computed, per query part and (shared) spelling set. */
    private final Map<NamePart, Map<Set<String>, Double>> similarities = new HashMap<>();
    /** The query reading being matched: its rank, and its letters (to prefer a name form written just so). */
    private int rank;
    private String surnameLetters = "";
    private String givenLetters = "";

    Search(ListIndex index, SearchQuery query, Matches matches) {
        this.index = index;
        this.query = query;
        this.matches = matches;
        this.forgivesTypos = query.name().forgivesTypos();
    }

    /** Matches one reading of the query; {@code readingRank} is its position among the query's readings. */
    void match(NameReading queryReading, int readingRank) {
        rank = readingRank;
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
                        matches.offer(group.entries[i], group.forms[i], score, rank, asQueried);
                    }
                }
            }
        }
    }

    private void matchFullName(NamePart surname, NamePart given) {
        Set<String> surnameKeys = surname.surnameKeys();
        Set<String> givenKeys = given.givenKeys();
        // Same sound keys, and each part the same name.
        for (String surnameKey : surnameKeys) {
            for (String givenKey : givenKeys) {
                for (IndexedReading candidate : readings(index.byFullName, surnameKey + ListIndex.SEPARATOR + givenKey)) {
                    if (sameSurname(surname, candidate) && sameGiven(given, candidate)) {
                        offer(candidate, MatchKind.FULL, fullSimilarity(surname, given, candidate));
                    }
                }
            }
        }
        if (!forgivesTypos) {
            return;
        }
        // The given name typed as one of a listed given name's spellings (Nyoil for 녀일, Gungnyeong for
        // 국영), or one typo from one, with the same surname.
        ListIndex.Parts parts = index.parts;
        if (given.script() == Script.LATIN) {
            for (int part : parts.givenSpellings().exact(given.letters())) {
                offerWithSurname(part, surname, surnameKeys, given, MatchKind.FULL);
            }
            // Even a one-letter given name may carry the typo ("Ha l" for Ha Il): the surname must
            // then match exactly, which keeps this from listing strangers (see the quality harness).
            for (int part : parts.givenSpellings().near(given.letters())) {
                offerWithSurname(part, surname, surnameKeys, given, MatchKind.FULL_ONE_TYPO);
            }
        }
        // Or the surname one typo from one of a listed surname's spellings, with the same given name.
        if (surname.script() == Script.LATIN) {
            Set<Integer> near = parts.surnameSpellings().near(surname.letters());
            if (near.isEmpty()) {
                return;
            }
            for (String givenKey : givenKeys) {
                for (IndexedReading candidate : readings(index.byGivenName, givenKey)) {
                    if (candidate.isFull() && near.contains(candidate.surname.id) && sameGiven(given, candidate)) {
                        offer(candidate, MatchKind.FULL_ONE_TYPO, fullSimilarity(surname, given, candidate));
                    }
                }
            }
            if (given.script() == Script.LATIN) {
                for (int part : parts.givenSpellings().exact(given.letters())) {
                    for (IndexedReading candidate : parts.readingsByGiven()[part]) {
                        if (candidate.isFull() && near.contains(candidate.surname.id)) {
                            offer(candidate, MatchKind.FULL_ONE_TYPO, fullSimilarity(surname, given, candidate));
                        }
                    }
                }
            }
        }
    }

    /** Offers the readings with this given name whose surname is the query's (same keys, same name). */
    private void offerWithSurname(int givenPart, NamePart surname, Set<String> surnameKeys, NamePart given, MatchKind kind) {
        for (IndexedReading candidate : index.parts.readingsByGiven()[givenPart]) {
            if (candidate.isFull() && candidate.surname.hasAnyKey(surnameKeys) && sameSurname(surname, candidate)) {
                offer(candidate, kind, fullSimilarity(surname, given, candidate));
            }
        }
    }

    /**
     * A given name alone: everyone with it, whatever their surname. Only if nobody has it exactly are
     * given names one typo away tried: given names are short and many are a letter apart, so
     * near misses would otherwise bury the people actually called so.
     */
    private void matchGivenName(NamePart given) {
        boolean found = false;
        for (String key : given.givenKeys()) {
            for (IndexedReading candidate : readings(index.byGivenName, key)) {
                if (sameGiven(given, candidate)) {
                    found |= offer(candidate, MatchKind.GIVEN, similarity(given, candidate.given.spellings));
                }
            }
        }
        if (!forgivesTypos || given.script() != Script.LATIN) {
            return;
        }
        for (int part : index.parts.givenSpellings().exact(given.letters())) {
            for (IndexedReading candidate : index.parts.readingsByGiven()[part]) {
                found |= offer(candidate, MatchKind.GIVEN, similarity(given, candidate.given.spellings));
            }
        }
        if (found || !query.name().isOneWord() || given.letters().length() < MIN_GIVEN_ALONE_TYPO_LETTERS) {
            return;
        }
        for (int part : index.parts.givenSpellings().near(given.letters())) {
            for (IndexedReading candidate : index.parts.readingsByGiven()[part]) {
                offer(candidate, MatchKind.GIVEN_ONE_TYPO, similarity(given, candidate.given.spellings));
            }
        }
    }

    /**
     * Whether the query's surname is the candidate's. A match on a Latin form of a person who also
     * has a Hangul name form is judged by the Hangul (which says which vowel "u" or "o" is: 김정 is
     * not 김충 for being "Kim Chung" too), unless the query spells the listed form exactly ("Grace
     * Han" is not a romanization of 한은혜).
     */
    private boolean sameSurname(NamePart surname, IndexedReading candidate) {
        if (byHangul(surname, candidate.surname, candidate.entry)) {
            for (IndexedReading hangul : index.parts.hangulReadingsByEntry()[candidate.entry]) {
                if (PartCorrespondence.surname(surname, hangul.surname)) {
                    return true;
                }
            }
            return false;
        }
        return PartCorrespondence.surname(surname, candidate.surname);
    }

    /** Whether the query's given name is the candidate's; judged like {@link #sameSurname}. */
    private boolean sameGiven(NamePart given, IndexedReading candidate) {
        if (byHangul(given, candidate.given, candidate.entry)) {
            for (IndexedReading hangul : index.parts.hangulReadingsByEntry()[candidate.entry]) {
                if (PartCorrespondence.given(given, hangul.given)) {
                    return true;
                }
            }
            return false;
        }
        return PartCorrespondence.given(given, candidate.given);
    }

    private boolean byHangul(NamePart queried, IndexedPart listed, int entry) {
        return listed.part.script() == Script.LATIN && !queried.letters().equals(listed.part.letters())
                && index.parts.hangulReadingsByEntry()[entry].length > 0;
    }

    private static List<IndexedReading> readings(Map<String, List<IndexedReading>> map, String key) {
        return map.getOrDefault(key, List.of());
    }

    /** The two parts' spelling similarities, weighted by their lengths. */
    private double fullSimilarity(NamePart surname, NamePart given, IndexedReading candidate) {
        double surnameSimilarity = similarity(surname, candidate.surname.spellings);
        double givenSimilarity = similarity(given, candidate.given.spellings);
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
        matches.offer(candidate.entry, candidate.form, kind.score(similarity), rank, writtenAsQueried(candidate));
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
        return (surnameLetters.isEmpty() || surnameLetters.equals(candidate.surnameLetters()))
                && (givenLetters.isEmpty() || givenLetters.equals(candidate.givenLetters()));
    }
}
