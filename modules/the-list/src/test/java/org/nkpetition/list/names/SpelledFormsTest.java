package org.nkpetition.list.names;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spellings a one-letter typo is measured against: systems, passports, speech, the initial-sound rule. */
class SpelledFormsTest {

    @ParameterizedTest(name = "{0} may be typed {1}")
    @CsvSource({"설화, seolhwa", "설화, solhwa", "설화, sorhwa", "국영, gugyeong", "국영, gungnyeong", "국영, kukyong",
        "신라, silla", "경희, kyunghee", "영수, youngsoo", "현우, hyunwoo", "룡남, ryongnam", "룡남, yongnam",
        "녀일, nyoil", "녀일, yeoil", "규동, kyutong", "규동, kyudong", "실평, silpyong", "국화, gukwa"})
    void includes(String hangul, String spelling) {
        assertTrue(SpelledForms.of(hangul).contains(spelling), SpelledForms.of(hangul).toString());
    }

    @ParameterizedTest(name = "{0} is not typed {1}")
    @CsvSource({"녀, nyu", "연, yun", "오, woo", "설화, seolwha"})
    void excludes(String hangul, String spelling) {
        assertFalse(SpelledForms.of(hangul).contains(spelling), SpelledForms.of(hangul).toString());
    }
}
