package org.nkpetition.list.search;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A query must say enough to search with: 2 Hangul syllables, 3 Latin letters or 2 Chinese characters. */
class NameQueryTest {

    private static NameQuery.Refusal refusal(String text) {
        return assertThrows(NameQuery.RefusedException.class, () -> NameQuery.parse(text)).refusal();
    }

    @ParameterizedTest
    @ValueSource(strings = {"김", "Ri", "R-i", "  K  ", "12345", "!!", "ㄱㄴ", "李"})
    void tooShortQueriesAreRefused(String text) {
        assertEquals(NameQuery.Refusal.TOO_SHORT, refusal(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"김철", "Kim", "Ri Ju", "李雪", "김 Ri"})
    void queriesLongEnoughAreAccepted(String text) {
        assertFalse(NameQuery.parse(text).readings().isEmpty());
    }

    @Test
    void missingAndOverlongQueriesAreRefused() {
        assertEquals(NameQuery.Refusal.MISSING, refusal(null));
        assertEquals(NameQuery.Refusal.MISSING, refusal("   "));
        assertEquals(NameQuery.Refusal.TOO_LONG, refusal("a".repeat(NameQuery.MAX_LENGTH + 1)));
        assertEquals("a".repeat(NameQuery.MAX_LENGTH), NameQuery.parse("a".repeat(NameQuery.MAX_LENGTH)).text());
    }

    @Test
    void theRefusalCarriesNoPartOfTheQuery() {
        NameQuery.RefusedException refused = assertThrows(NameQuery.RefusedException.class, () -> NameQuery.parse("Xq"));
        assertFalse(refused.getMessage().contains("Xq"));
    }

    @Test
    void onlyLatinQueriesForgiveTypos() {
        assertTrue(NameQuery.parse("Lee Seol-hwa").forgivesTypos());
        assertFalse(NameQuery.parse("리설화").forgivesTypos());
        assertFalse(NameQuery.parse("리 Seol-hwa").forgivesTypos());
    }
}
