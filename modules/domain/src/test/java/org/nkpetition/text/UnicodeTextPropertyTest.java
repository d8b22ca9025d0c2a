package org.nkpetition.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UnicodeTextPropertyTest {
    @Provide
    Arbitrary<String> text() {
        return UnicodeArbitraries.anyText();
    }

    @Property(tries = 1000)
    void nfcIsIdempotentAndWellFormed(@ForAll("text") String text) {
        String once = UnicodeText.nfc(text);
        assertThat(UnicodeText.nfc(once)).isEqualTo(once);
        assertThat(Normalizer.isNormalized(once, Normalizer.Form.NFC)).isTrue();
        assertThat(UnicodeText.hasUnpairedSurrogate(once)).isFalse();
    }

    /** Around the first combining mark (U+0300), Hangul jamo and a singleton (U+212B): what the JDK normaliser gives. */
    @Property(tries = 2000)
    void nfcIsTheNormalisersAnswerAroundCombiningMarksAndJamo(@ForAll("nearTheEdge") String text) {
        assertThat(UnicodeText.nfc(text)).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    @Provide
    Arbitrary<String> nearTheEdge() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u02FF'), Arbitraries.chars().range('\u0300', '\u036F'),
                Arbitraries.of('\u1100', '\u1161', '\u11A8', '\uAC00', '\u212B', '\u0041', '\u0065'))
                .list().ofMaxSize(12).map(chars -> chars.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining()));
    }

    @Property(tries = 1000)
    void foldIsIdempotentAndIgnoresNormalisationForm(@ForAll("text") String text) {
        String folded = UnicodeText.fold(text);
        assertThat(UnicodeText.fold(folded)).isEqualTo(folded);
        assertThat(UnicodeText.fold(Normalizer.normalize(text, Normalizer.Form.NFD))).isEqualTo(folded);
    }

    @Property(tries = 1000)
    void invisibleCharactersAreFoundAndRemovable(@ForAll("text") String text) {
        String cleaned = InvisibleCharacters.removeFrom(text, "");
        assertThat(InvisibleCharacters.anyIn(cleaned, "")).isFalse();
        assertThat(InvisibleCharacters.firstIn(cleaned)).isEqualTo(-1);
    }
}
