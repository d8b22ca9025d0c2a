package org.nkpetition.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {
    @Test
    void codesAndRegionalVariants() {
        assertEquals(Optional.of(Language.KO), Language.fromCode("ko-KR"));
        assertEquals(Optional.of(Language.ES), Language.fromCode(" ES_mx "));
        assertEquals(Optional.empty(), Language.fromCode("fr"));
        assertEquals(Optional.empty(), Language.fromCode(null));
    }

    @Test
    void acceptLanguageHonoursQualityValues() {
        assertEquals(Optional.of(Language.KO), Language.fromAcceptLanguage("fr-FR,fr;q=0.9,ko;q=0.8,en;q=0.5"));
        assertEquals(Optional.of(Language.ES), Language.fromAcceptLanguage("en;q=0.3, es-419"));
        assertEquals(Optional.empty(), Language.fromAcceptLanguage("fr, de"));
        assertEquals(Optional.empty(), Language.fromAcceptLanguage("ko;q=nonsense"));
        assertEquals(Optional.empty(), Language.fromAcceptLanguage(""));
    }

    @Test
    void malformedHeadersAreReadNotThrown() {
        for (String header : new String[] {";", ";;;,,,", ",", ";q=1", "q=0.5", "ko;q=NaN", "ko;q=Infinity",
            "ko;q=1e400", "ko;q=-1", "ko;", ";ko", "ko;;q=0.8", "\u0000", "ko-KR;q=0.9,,,;"}) {
            Language.fromAcceptLanguage(header);
        }
        assertEquals(Optional.empty(), Language.fromAcceptLanguage(";;;,,,"));
        assertEquals(Optional.empty(), Language.fromAcceptLanguage("ko;q=NaN"));
        assertEquals(Optional.of(Language.KO), Language.fromAcceptLanguage("ko;;q=0.8"));
        assertEquals(Optional.of(Language.ES), Language.fromAcceptLanguage(";, es ;q=0.5,"));
        assertEquals(Optional.empty(), Language.fromCode("kor"));
        assertEquals(Optional.empty(), Language.fromCode(";"));
    }
}
