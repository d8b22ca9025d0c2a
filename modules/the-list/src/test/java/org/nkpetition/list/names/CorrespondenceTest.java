package org.nkpetition.list.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether two writings are the same name part, syllable for syllable (issue 13: no full match otherwise). */
class CorrespondenceTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({"설화, 설화, true", "리일, 이일, true", "녀일, 여일, true", "로명, 노명, true", "리일, 일, false",
        "이인, 인, false", "하일, 하이일, false", "설화, 설하, false", "일리, 일이, false"})
    void hangulWithHangulIsSyllableForSyllable(String query, String listed, boolean same) {
        assertEquals(same, Correspondence.sameHangul(query, listed));
    }

    @ParameterizedTest(name = "{0} spells {1}: {2}")
    @CsvSource({
        // systems, passport habits, spoken forms
        "seolhwa, 설화, true", "solhwa, 설화, true", "sorhwa, 설화, true", "sulhwa, 설화, true",
        "kyunghee, 경희, true", "kyonghui, 경희, true", "gyeonghui, 경희, true", "kyoungheui, 경희, true",
        "youngsoo, 영수, true", "hyunwoo, 현우, true", "hyonu, 현우, true",
        "gungnyeong, 국영, true", "gugyeong, 국영, true", "silla, 신라, true", "ahn, 안, true", "nyoil, 녀일, true",
        "yoil, 녀일, true",
        // other vowels, other syllables, letters left over
        "woo, 오, false", "o, 우, false", "yil, 일, false", "yun, 연, false", "heon, 현, false", "ryeou, 녀, false",
        "ranon, 란운, false", "rann, 란, false", "sikk, 식, false", "seolhwaa, 설화, false", "seol, 설화, false"})
    void latinLettersSpellTheHangulOrNot(String letters, String hangul, boolean spells) {
        assertEquals(spells, Correspondence.latinSpellsHangul(letters, hangul));
    }
}
