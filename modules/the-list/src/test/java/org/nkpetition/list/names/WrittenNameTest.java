package org.nkpetition.list.names;

import static org.junit.jupiter.api.Assertions.*;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrittenNameTest {

    private static List<String> letters(String text) {
        return WrittenName.of(text).words().stream().map(NameWord::letters).toList();
    }

    @Test
    void splitsAtSpacesAndPunctuationAndJoinsHyphenatedPieces() {
        assertEquals(List.of("lee", "seolju"), letters("Lee Seol-ju"));
        assertEquals(List.of("seol", "ju"), WrittenName.of("Seol-ju").words().get(0).pieces());
        assertTrue(WrittenName.of("Seol-ju").words().get(0).joined());
        assertEquals(List.of("ri", "sol", "ju"), letters("  RI,  Sol.Ju "));
        assertEquals(List.of("choe"), letters("Ch'oe"));
        assertEquals(List.of("choe"), letters("Ch’oe"));
        assertFalse(WrittenName.of("Ch'oe").words().get(0).joined(), "an apostrophe is not a hyphen");
    }

    @Test
    void separatesScriptsAndKeepsHangulAndChineseAsWritten() {
        List<NameWord> words = WrittenName.of("리설주Ri李雪主").words();
        assertEquals(List.of(Script.HANGUL, Script.LATIN, Script.HAN), words.stream().map(NameWord::script).toList());
        assertEquals(List.of("리설주", "ri", "李雪主"), words.stream().map(NameWord::letters).toList());
    }

    @Test
    void hangulTypedAsSeparateJamoIsComposed() {
        String decomposed = Normalizer.normalize("리설주", Normalizer.Form.NFD);
        assertNotEquals("리설주", decomposed);
        assertEquals(List.of("리설주"), letters(decomposed));
    }

    @Test
    void dropsDiacriticsAndCase() {
        assertEquals(List.of("chong", "un"), letters("CHŎNG Ŭn"));
        assertEquals(List.of("jose", "munoz"), letters("José Muñoz"));
    }

    @Test
    void knowsASurnameFollowedByAComma() {
        assertTrue(WrittenName.of("Ri, Sol Ju").commaAfterFirst());
        assertTrue(WrittenName.of("Ri , Sol Ju").commaAfterFirst());
        assertFalse(WrittenName.of("Ri Sol, Ju").commaAfterFirst());
    }

    @Test
    void countsWhatTheMinimumQueryLengthCounts() {
        WrittenName mixed = WrittenName.of("김 Sol 李");
        assertEquals(1, mixed.hangulSyllables());
        assertEquals(3, mixed.latinLetters());
        assertEquals(1, mixed.otherLetters());
        assertTrue(WrittenName.of("Ri Sol").isLatinOnly());
        assertFalse(mixed.isLatinOnly());
        assertTrue(WrittenName.of("!!! 123 ---").words().isEmpty());
    }
}
