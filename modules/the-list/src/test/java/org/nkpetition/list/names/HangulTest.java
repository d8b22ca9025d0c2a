package org.nkpetition.list.names;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Hangul syllables decompose arithmetically, for all 11,172 of them. */
class HangulTest {

    @Test
    void everySyllableDecomposesIntoLettersThatComposeItAgain() {
        for (char c = (char) Hangul.FIRST; c <= Hangul.LAST; c++) {
            Hangul.Syllable syllable = Hangul.decompose(c);
            assertEquals(c, Hangul.compose(syllable.initial(), syllable.medial(), syllable.last()));
        }
        assertEquals(11_172, Hangul.LAST - Hangul.FIRST + 1);
    }

    @Test
    void knownSyllables() {
        assertEquals(new Hangul.Syllable(Hangul.R, Hangul.I, 0), Hangul.decompose('리'));
        Hangul.Syllable park = Hangul.decompose('박');
        assertEquals(Hangul.B, park.initial());
        assertEquals(Hangul.A, park.medial());
        assertEquals(Hangul.FinalSound.K, park.finalSound());
        assertEquals(Hangul.FinalSound.NG, Hangul.decompose('정').finalSound());
        assertEquals(Hangul.FinalSound.L, Hangul.decompose('설').finalSound());
        assertTrue(Hangul.FinalSound.L.voicesNext());
        assertFalse(Hangul.FinalSound.K.voicesNext());
        assertFalse(Hangul.isSyllable('ㄱ'));
        assertFalse(Hangul.isSyllable('A'));
    }
}
