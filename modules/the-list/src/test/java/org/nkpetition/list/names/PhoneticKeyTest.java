package org.nkpetition.list.names;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sound key: every spelling of a name shares one, different names mostly do not. */
class PhoneticKeyTest {

    private static String key(String written) {
        return PhoneticKey.ofLatin(LatinLetters.of(written));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # initial-sound rule, surnames
            Lee, Yi, Rhee, Ri, I
            Lim, Im, Rim, Yim
            Ryu, Yu, Yoo, Rhyu, You
            Noh, Roh, No, Ro
            Ra, Na
            Ryang, Yang
            Ryo, Yeo, Yo, Yuh
            Ryong, Yong, Young, Yeong
            # romanization systems and passports
            Choi, Choe, Ch'oe
            Jung, Jeong, Chung, Jong, Cheong, Chŏng
            Kim, Gim
            Pak, Bak, Bahk
            Seo, Suh, So, Sŏ
            Ahn, An
            Kyung-hee, Kyong Hui, Gyeonghui, Kyŏng-hŭi, Kyunghee
            Seol-ju, Sol Ju, Soljoo, Sŏl-chu, Seolju
            Jong-un, Jong Un, Jongun, Chŏng-ŭn
            Thae, Tae, T'ae
            Dong-cheol, Tong Chol, Dongchul, Tong-ch'ŏl
            Namkoong, Namgung, Namkung
            """)
    void spellingsOfOneNameShareAKey(String spellings) {
        List<String> forms = List.of(spellings.split(",\\s*"));
        Set<String> keys = new HashSet<>();
        forms.forEach(form -> keys.add(key(form)));
        assertEquals(1, keys.size(), spellings + " → " + keys);
    }

    @ParameterizedTest
    @CsvSource({"Kim, Park", "Jong-un, Jong-il", "Seol-ju, Seol-hwa", "Dong-cheol, Dong-su", "Choi, Cho", "Min, Mun"})
    void differentNamesHaveDifferentKeys(String one, String other) {
        assertNotEquals(key(one), key(other));
    }

    @Test
    void eachSyllableHasOneKeyInEverySystem() {
        for (char c = (char) Hangul.FIRST; c <= Hangul.LAST; c++) {
            String syllable = String.valueOf(c);
            Set<String> keys = new HashSet<>();
            for (Romanization system : Romanization.values()) {
                keys.add(key(system.word(syllable)));
            }
            assertEquals(1, keys.size(), syllable + " → " + keys);
        }
    }

    @Test
    void everySystemsSpellingOfANameMeetsOneOfItsHangulKeys() {
        // Random two-syllable given names: a system's run-together spelling must share a key with the
        // Hangul (run together or syllable by syllable). A handful of exotic vowel clusters are known
        // exceptions (e.g. 눼얿); real names must not be among them.
        Random random = new Random(20261123);
        int misses = 0;
        int names = 50_000;
        for (int i = 0; i < names; i++) {
            String name = "" + (char) (Hangul.FIRST + random.nextInt(11172)) + (char) (Hangul.FIRST + random.nextInt(11172));
            Set<String> hangulKeys = PhoneticKey.ofHangul(name);
            for (Romanization system : Romanization.values()) {
                if (!hangulKeys.contains(key(system.word(name)))) {
                    misses++;
                }
            }
        }
        assertTrue(misses < names / 5_000, misses + " misses");
    }

    @Test
    void hyphensAndSpacesGiveTheSyllableBySyllableKeyToo() {
        // 하은: run together "haeun" reads hae-un; written "Ha-eun" or "Ha Un" it does not.
        Set<String> hangul = PhoneticKey.ofHangul("하은");
        assertTrue(hangul.containsAll(PhoneticKey.ofLatinPieces(List.of("ha", "eun"))));
        assertTrue(hangul.contains(key("Haeun")));
        assertFalse(PhoneticKey.ofLatinPieces(List.of("ha", "un")).stream().noneMatch(hangul::contains));
    }

    @Test
    void passportWooMeetsHangul우() {
        assertTrue(PhoneticKey.ofHangul("현우").contains(key("Hyunwoo")));
        assertTrue(PhoneticKey.ofHangul("현우").contains(key("Hyon U")));
    }
}
