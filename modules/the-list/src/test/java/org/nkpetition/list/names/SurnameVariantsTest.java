package org.nkpetition.list.names;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The surname table bridges the spellings sound keys cannot (Park, Hur, Woo) and knows surnames. */
class SurnameVariantsTest {
    private final SurnameVariants table = SurnameVariants.table();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "Lee, 이", "Yi, 이", "Rhee, 이", "Ri, 리", "I, 이",
        "Park, 박", "Pak, 박", "Bak, 박",
        "Choi, 최", "Choe, 최",
        "Jung, 정", "Jeong, 정", "Chung, 정", "Jong, 정",
        "Kim, 김", "Gim, 김",
        "Lim, 임", "Im, 임", "Rim, 림",
        "Ryu, 류", "Yu, 유", "Yoo, 유",
        "Hur, 허", "Woo, 우", "Paik, 백", "Namkoong, 남궁"})
    void aSpellingSharesAKeyWithItsHangulSurname(String spelling, String hangul) {
        String letters = LatinLetters.of(spelling);
        assertTrue(table.hangulFor(letters).stream().anyMatch(h -> table.hangulFormsOf(h).contains(hangul)),
                spelling + " → " + table.hangulFor(letters));
        Set<String> hangulKeys = new NamePart(Script.HANGUL, hangul).surnameKeys();
        assertTrue(table.keysOfLatin(letters).stream().anyMatch(hangulKeys::contains), spelling);
    }

    @Test
    void initialSoundRuleFormsAreOneSurname() {
        assertEquals(Set.of("이", "리"), table.hangulFormsOf("리"));
        assertEquals(Set.of("유", "류"), table.hangulFormsOf("유"));
        assertEquals(Set.of("김"), table.hangulFormsOf("김"));
    }

    @Test
    void romanizationsOfEveryListedSurnameAreKnownSpellings() {
        assertTrue(table.isSurnameSpelling("gim"), "Revised");
        assertTrue(table.isSurnameSpelling("choe"), "McCune–Reischauer, apostrophe dropped");
        assertTrue(table.isSurnameSpelling("thae"), "North Korean");
        assertFalse(table.isSurnameSpelling("seolju"));
    }

    @Test
    void compoundSurnamesAreRecognised() {
        assertTrue(table.isCompoundHangulSurname("남궁"));
        assertTrue(table.isCompoundHangulSurname("선우"));
        assertFalse(table.isCompoundHangulSurname("김"));
        assertFalse(table.isCompoundHangulSurname("설화"));
    }
}
