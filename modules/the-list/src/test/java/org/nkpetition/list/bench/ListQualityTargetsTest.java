package org.nkpetition.list.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.fixtures.TestListFiles;
import org.nkpetition.list.search.ListIndex;
import org.nkpetition.list.search.NameQuery;
import org.nkpetition.list.search.SearchQuery;
import org.nkpetition.list.search.SearchResult;

/**
 * Issue 13's targets on the quality harness's committed data (src/test/resources/quality: 303
 * invented people, ~4,450 queries spelled by third-party romanizers): the kinds, not just the
 * examples. Counts, not timings.
 */
class ListQualityTargetsTest {
    private static Map<String, ListQualityHarness.Tally> tallies;

    @BeforeAll
    static void run() {
        ListIndex index = ListQualityHarness.index(ListQualityHarness.read(null, "people.csv"));
        tallies = ListQualityHarness.run(index, ListQualityHarness.cases(ListQualityHarness.read(null, "queries.tsv")));
    }

    @Test
    void oneLetterTyposInNamesOfFiveLettersOrMoreComeFirstIn97Percent() {
        tallies.forEach((kind, tally) -> {
            if (kind.startsWith("typo") && !kind.contains("≤ 4")) {
                assertAtLeast(97.0, tally.first, tally.count - tally.refused, kind);
            }
        });
    }

    @Test
    void oneLetterTyposInShorterGivenNamesComeFirstIn90Percent() {
        tallies.forEach((kind, tally) -> {
            if (kind.startsWith("typo") && kind.contains("≤ 4")) {
                assertAtLeast(90.0, tally.first, tally.count - tally.refused, kind);
            }
        });
    }

    @Test
    void everyOtherKindComesFirstIn99AndAHalfPercent() {
        tallies.forEach((kind, tally) -> {
            if (!kind.startsWith("typo") && !kind.startsWith("unlisted")) {
                // A name of two Latin letters ("I U" for 이우) is refused by the API's length rule, which
                // issue 13 does not change: such queries are left out here (the table counts them).
                assertAtLeast(99.5, tally.first, tally.count - tally.refused, kind);
            }
        });
    }

    @Test
    void compatibilityFormsAreFoldedBeforeTheLengthCheck() {
        assertTrue(tallies.get("compatibility forms").refused == 0, "full-width letters count as letters");
    }

    @Test
    void peopleNotOnTheListAreNeverFoundAboveTheTypoBandIn97Percent() {
        tallies.forEach((kind, tally) -> {
            if (kind.startsWith("unlisted")) {
                assertAtLeast(97.0, tally.count - tally.anyoneFull, tally.count, kind + " (nobody in the full-match band)");
            }
        });
    }

    /**
     * Every one-letter deletion, doubled letter and swap of neighbours in every Latin form of every
     * harness person (≈ 15,000 queries, deterministic, none made by a romanizer): the person comes
     * first in 99 % (the rest are typos that spell another listed person: "Ri Ha" for Ri Hwa when
     * Ri Ha is listed) and is always among the first five.
     */
    @Test
    void everyDeletionDoublingAndSwapFindsThePerson() {
        List<ListEntry> entries = TestListFiles.parse(ListQualityHarness.read(null, "people.csv"));
        ListIndex index = ListIndex.of(entries);
        int count = 0;
        int first = 0;
        List<String> notInTop5 = new ArrayList<>();
        for (ListEntry entry : entries) {
            for (String name : entry.names().subList(1, entry.names().size())) {
                for (String typo : typos(name)) {
                    SearchResult result;
                    try {
                        result = index.search(new SearchQuery(NameQuery.parse(typo), Optional.empty(), Optional.empty(), 5));
                    } catch (NameQuery.RefusedException tooShort) {
                        continue;
                    }
                    List<String> ids = result.hits().stream().map(hit -> hit.entry().id()).toList();
                    count++;
                    first += !ids.isEmpty() && ids.get(0).equals(entry.id()) ? 1 : 0;
                    if (!ids.contains(entry.id())) {
                        notInTop5.add(typo + " for " + name);
                    }
                }
            }
        }
        assertTrue(count > 10_000, "queries: " + count);
        assertAtLeast(99.0, first, count, "deletions, doublings and swaps");
        assertEquals(List.of(), notInTop5);
    }

    /** One letter dropped, doubled, or swapped with the next letter; the words stay the same in number. */
    private static List<String> typos(String name) {
        List<String> typos = new ArrayList<>();
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isLetter(name.charAt(i))) {
                continue;
            }
            typos.add(name.substring(0, i) + name.substring(i + 1));
            typos.add(name.substring(0, i + 1) + name.charAt(i) + name.substring(i + 1));
            if (i + 1 < name.length() && Character.isLetter(name.charAt(i + 1)) && name.charAt(i) != name.charAt(i + 1)) {
                typos.add(name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2));
            }
        }
        int words = name.strip().split("\\s+").length;
        typos.removeIf(typo -> typo.strip().split("\\s+").length != words);
        return typos;
    }

    private static void assertAtLeast(double percent, int part, int whole, String kind) {
        double actual = 100.0 * part / whole;
        assertTrue(actual >= percent, kind + ": " + String.format("%.1f %% < %.1f %%", actual, percent));
    }
}
