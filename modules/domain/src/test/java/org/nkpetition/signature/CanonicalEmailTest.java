package org.nkpetition.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalEmailTest {
    @ParameterizedTest
    @CsvSource({
        "ann@example.org, ann@example.org",
        "'  Ann@Example.ORG ', ann@example.org",
        "ann+petition@example.org, ann@example.org",
        "Ann+a+b@example.org, ann@example.org",
        "+only@example.org, +only@example.org",
        "first.last@example.org, first.last@example.org",
        "no-at-sign, no-at-sign"
    })
    void trimsLowerCasesAndDropsPlusTags(String given, String canonical) {
        assertEquals(canonical, CanonicalEmail.of(given));
    }
}
