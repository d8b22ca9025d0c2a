package org.nkpetition.list.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Parts by typed spelling: exactly, or one insertion, deletion, replacement or swap away. */
class SpellingIndexTest {
    private final SpellingIndex index = SpellingIndex.of(List.of(Set.of("beombyeol", "pombyol"), Set.of("jindeok", "chindok"),
            Set.of("kyongsik", "gyeongsik"), Set.of("beombyeon")));

    @Test
    void exactSpellingsGiveTheirParts() {
        assertArrayEquals(new int[] {1}, index.exact("chindok"));
        assertArrayEquals(new int[0], index.exact("chindk"));
    }

    @Test
    void oneTypoAwayInAnyOfTheFourWays() {
        assertEquals(Set.of(0), index.near("beombyoel"), "swap");
        assertEquals(Set.of(1), index.near("jindebk"), "replacement");
        assertEquals(Set.of(2), index.near("kyognsik"), "swap inside ng");
        assertEquals(Set.of(2), index.near("kyongsikk"), "insertion");
        assertEquals(Set.of(1), index.near("chindk"), "deletion");
        assertEquals(Set.of(0, 3), index.near("beombyeo"), "one from both");
    }

    @Test
    void twoTyposAreTooMany() {
        assertEquals(Set.of(), index.near("baembyeol"));
        assertEquals(Set.of(), index.near("jindebkk"));
    }
}
