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

    /** Regression (found by schemathesis): "Accept-Language: ;" threw and made the confirm route answer 500. */
    @Test
    void malformedAcceptLanguageHeadersNeverThrow() {
        assertEquals(Optional.empty(), Language.fromAcceptLanguage(";"));
        assertEquals(Optional.empty(), Language.fromAcceptLanguage(" ; ,;;"));
        assertEquals(Optional.of(Language.KO), Language.fromAcceptLanguage(";,ko"));
        java.util.Random random = new java.util.Random(67);
        String alphabet = ";,=q. 0189koenes-*\t";
        for (int run = 0; run < 20_000; run++) {
            StringBuilder header = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Language.fromAcceptLanguage(header.toString());
        }
    }
}
