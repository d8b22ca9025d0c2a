package org.nkpetition.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvisibleCharactersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ann Lee | -1",
        "김민지 | -1",
        "José | -1",
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 | -1",  // Persian with a ZWNJ between letters
        "Ann\u200cLee | 3",                                       // ZWNJ between Latin letters: a look-alike
        "\u202eeiL | 0",                                          // right-to-left override
        "Ann\u2066Lee | 3",                                       // isolate
        "A\u200bnn | 1",                                          // zero-width space
        "\u3164 | 0",                                             // Hangul filler: a blank-looking name
        "Ann\u00adLee | 3",                                       // soft hyphen
    })
    void findsTheFirstInvisibleCharacter(String text, int index) {
        assertEquals(index, InvisibleCharacters.firstIn(text));
    }
}
