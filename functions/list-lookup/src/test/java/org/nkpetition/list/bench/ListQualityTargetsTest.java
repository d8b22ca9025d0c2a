package org.nkpetition.list.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nkpetition.list.search.ListIndex;

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

    private static void assertAtLeast(double percent, int part, int whole, String kind) {
        double actual = 100.0 * part / whole;
        assertTrue(actual >= percent, kind + ": " + String.format("%.1f %% < %.1f %%", actual, percent));
    }
}
