package org.nkpetition.list.entry;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;

/** A place or note in en/ko/es (issue 13) falls back rather than showing nothing. */
class LocalizedTextTest {
    @Test
    void aPlaceOnlyInKoreanIsShownToEveryoneRatherThanNothing() {
        LocalizedText place = new LocalizedText(Map.of(Language.KO, "옌지"));
        assertEquals(Map.entry(Language.KO, "옌지"), place.in(Language.EN).orElseThrow());
        assertEquals(Map.entry(Language.KO, "옌지"), place.in(Language.ES).orElseThrow());
        assertTrue(LocalizedText.none().in(Language.EN).isEmpty());
    }
}
