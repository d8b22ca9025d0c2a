package org.nkpetition.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
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
