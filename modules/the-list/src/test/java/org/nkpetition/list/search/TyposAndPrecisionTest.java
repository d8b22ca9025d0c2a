package org.nkpetition.list.search;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13's examples, one test each (invented people, src/test/resources/list/issue13-list.csv):
 * typos found, wrong people never shown as full matches, ties by the reading people use, sound
 * changes across syllables, compatibility forms. Further cases of each kind follow each example;
 * the quality harness (bin/bench-list --quality) measures the kinds at scale.
 */
class TyposAndPrecisionTest {
    private static final double FULL_BAND = 0.80;
    private static final double TYPO_BAND = 0.60;
    private static final TestLists LIST = TestLists.load("/list/issue13-list.csv");

    static SearchResult search(String text) {
        return LIST.search(text);
    }

    static List<String> ids(SearchResult result) {
        return TestLists.ids(result);
    }

    private static SearchResult.Hit first(String query, String expectedId) {
        SearchResult result = search(query);
        assertFalse(result.hits().isEmpty(), query + " found nobody");
        assertEquals(expectedId, result.hits().get(0).entry().id(), query + " ranked " + ids(result));
        return result.hits().get(0);
    }

    private static void foundInTypoBand(String query, String expectedId) {
        SearchResult.Hit hit = first(query, expectedId);
        assertTrue(hit.score() >= TYPO_BAND && hit.score() < FULL_BAND, query + " scored " + hit.score());
    }

    private static void neverAFullMatch(String query) {
        for (SearchResult.Hit hit : search(query).hits()) {
            assertTrue(hit.score() < FULL_BAND, query + " → " + hit.entry().id() + " at " + hit.score());
        }
    }

    // One-letter typos, found in the typo band.

    @Test
    void choiBeomByoelIsChoiBeomByeolWithTwoLettersSwapped() {
        foundInTypoBand("Choi Beom-byoel", "t-choi-beom-byeol");
    }

    @Test
    void kwakJinDebkIsKwakJinDeokWithOneLetterReplaced() {
        foundInTypoBand("Kwak Jin-debk", "t-kwak-jin-deok");
    }

    @Test
    void leRyongWonIsLeeRyongWonWithASurnameLetterDropped() {
        foundInTypoBand("Le Ryong-won", "t-i-ryong-won");
    }

    @Test
    void paekKyognSikIsPaekKyongSikWithLettersSwappedInsideNg() {
        foundInTypoBand("Paek Kyogn Sik", "t-paek-kyong-sik");
    }

    @Test
    void kamgEunSilIsKangEunSilWithOneSurnameLetterReplaced() {
        foundInTypoBand("Kamg Eun-sil", "t-kang-eun-sil");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # the same kinds elsewhere in the name, in other romanizations and inside eo, ng, ch, ye, ui
            Choi Beom-bueol   | t-choi-beom-byeol
            Choe Pom Byl      | t-choi-beom-byeol
            Chio Beom-byeol   | t-choi-beom-byeol
            Kwak Jni-deok     | t-kwak-jin-deok
            Kwak Jin Kok      | t-kwak-jin-deok
            Kawk Jin Dok      | t-kwak-jin-deok
            Ri Ryong Wn       | t-i-ryong-won
            Lee Ryogn-won     | t-i-ryong-won
            Baek Kyeogn-sik   | t-paek-kyong-sik
            Baek Kyeong-sikk  | t-paek-kyong-sik
            Pake Kyong Sik    | t-paek-kyong-sik
            Kang Eun-sli      | t-kang-eun-sil
            Kang Un Sli       | t-kang-eun-sil
            Jong Nam Hiu      | t-jong-nam-hui
            Jung Nam-hwe      | t-jong-nam-hui
            Ri Sol Hwq        | t-ri-sol-hwa
            Lee Seol-wha      | t-ri-sol-hwa
            Kim Guk-yoeng     | t-kim-guk-yong
            """)
    void moreOneLetterTyposOfTheSameKinds(String query, String expected) {
        foundInTypoBand(query, expected);
    }

    // Never the wrong person at a full-match score.

    @Test
    void hariilIsNotHaIl() {
        assertEquals(List.of(), ids(search("하리일")));
    }

    @Test
    void haiilIsNotHaIl() {
        assertEquals(List.of(), ids(search("하이일")));
    }

    @Test
    void iiinIsNotIIn() {
        neverAFullMatch("이이인");
        assertFalse(ids(search("이이인")).contains("t-i-in"), "이이인 is three syllables, 이인 two");
    }

    @Test
    void wooSeIsNotOhSe() {
        neverAFullMatch("Woo Se");
        assertFalse(ids(search("Woo Se")).contains("t-o-se"), "Woo is 우, never 오; Se-woo would be another person too");
    }

    @ParameterizedTest(name = "{0} is never a full match")
    @ValueSource(strings = {"하일일", "김녀녀일", "리설설화", "최범범별", "지민민", "Woo Il", "U Se", "Ha Ril", "Ha Yil", "Kim Nyo Nyo Il",
        "Ri Sol Sol Hwa", "O Sae Se"})
    void anExtraOrDifferentSyllableIsNeverAFullMatch(String query) {
        neverAFullMatch(query);
    }

    @Test
    void aHangulQueryIsJudgedByThePersonsHangulNotByTheirRomanization() {
        // 김충 is also listed as "Kim Chung", which 김정 could be written as; 정 is not 충.
        assertEquals(List.of(), ids(search("김정")));
        assertEquals(List.of("t-kim-chung"), ids(search("김충")));
    }

    @Test
    void riNyoHunIsNobodyOnTheList() {
        // 리녀훈: both given-name syllables differ from 이류건's; only coarse keys were one sound apart.
        assertEquals(List.of(), ids(search("Ri Nyo Hun")));
    }

    @ParameterizedTest(name = "{0} finds nobody")
    @ValueSource(strings = {"Lee Nyeo-hun", "Ri Ryo Hun", "Kim Nyo Hun", "Pak Sol Hwa", "Choe Pom Sun", "Kang Un Hye",
        "리녀훈", "박설화", "김녀훈"})
    void namesNotOnTheListFindNobody(String query) {
        assertEquals(List.of(), ids(search(query)));
    }

    // Run-together given names.

    @Test
    void kimNyoilIsKimNyoIlAsAFullMatch() {
        SearchResult.Hit hit = first("Kim Nyoil", "t-kim-nyo-il");
        assertTrue(hit.score() >= FULL_BAND, "run together is the same name: " + hit.score());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kim Nyeoil     | t-kim-nyo-il
            Kim Yeoil      | t-kim-nyo-il
            Kimnyoil       | t-kim-nyo-il
            Nyoil Kim      | t-kim-nyo-il
            Ri Ryongwon    | t-i-ryong-won
            Choe Pombyol   | t-choi-beom-byeol
            Jong Namhui    | t-jong-nam-hui
            """)
    void runTogetherGivenNamesAreFullMatches(String query, String expected) {
        SearchResult.Hit hit = first(query, expected);
        assertTrue(hit.score() >= FULL_BAND, query + " scored " + hit.score());
    }

    // Ties between word orders: the reading people use.

    @Test
    void jiMinIsJiMinBeforeMinJi() {
        assertEquals(List.of("t-ji-min", "t-min-ji"), ids(search("Ji Min")));
        SearchResult result = search("Ji Min");
        assertEquals(result.hits().get(0).score(), result.hits().get(1).score(), "both full matches; the order decides");
    }

    @Test
    void minJiIsMinJiBeforeJiMin() {
        assertEquals(List.of("t-min-ji", "t-ji-min"), ids(search("Min Ji")));
    }

    // Sound changes across syllables (McCune–Reischauer and pronunciation-based Revised).

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ri Sŏrhwa         | t-ri-sol-hwa
            Ri Sorhwa         | t-ri-sol-hwa
            Lee Sorhwa        | t-ri-sol-hwa
            Kim Gungnyeong    | t-kim-guk-yong
            Kim Kungnyŏng     | t-kim-guk-yong
            Kim Gugyeong      | t-kim-guk-yong
            Pak Silla         | t-pak-sin-ra
            Chŏng Namhŭi      | t-jong-nam-hui
            """)
    void soundChangesAcrossSyllablesAreFound(String query, String expected) {
        SearchResult.Hit hit = first(query, expected);
        assertTrue(hit.score() >= TYPO_BAND, query + " scored " + hit.score());
    }

    // Compatibility forms: folded before matching and before the length check.

    @Test
    void fullWidthLettersIdeographicSpaceAndFullWidthHyphenFindThePerson() {
        SearchResult.Hit hit = first("ＬＥＥ　ＳＥＯＬ－ＨＷＡ", "t-ri-sol-hwa");
        assertTrue(hit.score() >= FULL_BAND);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ｋｉｍ　ｎｙｏ－ｉｌ  | t-kim-nyo-il
            Ｋｉｍ Ｎｙｏ Ｉｌ     | t-kim-nyo-il
            ＪＩ　ＭＩＮ        | t-ji-min
            ＫＡＮＧ ＥＵＮ‐ＳＩＬ | t-kang-eun-sil
            """)
    void otherCompatibilityFormsFindThePerson(String query, String expected) {
        first(query, expected);
    }

    @Test
    void fullWidthLettersCountForTheLengthCheck() {
        assertDoesNotThrow(() -> NameQuery.parse("ＫＩＭ"));
        NameQuery.RefusedException refused = assertThrows(NameQuery.RefusedException.class, () -> NameQuery.parse("ＫＩ"));
        assertEquals(NameQuery.Refusal.TOO_SHORT, refused.refusal());
        assertThrows(NameQuery.RefusedException.class, () -> NameQuery.parse("１２３－４５"), "full-width digits are not letters");
    }
}
