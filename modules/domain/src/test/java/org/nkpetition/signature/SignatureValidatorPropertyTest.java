package org.nkpetition.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nkpetition.domain.Language;
import org.nkpetition.text.InvisibleCharacters;
import org.nkpetition.text.UnicodeArbitraries;

/**
 * Every field of the signing form, fed arbitrary Unicode: the validator never throws, what it
 * accepts is stored in NFC with no invisible or bidi control in names and cities, and accepting
 * is idempotent (the accepted values, validated again, give the same request).
 */
class SignatureValidatorPropertyTest {
    private final SignatureValidator validator = new SignatureValidator();

    @Provide
    Arbitrary<String> text() {
        return UnicodeArbitraries.anyText();
    }

    /** Plausible fields with one of them (each in turn) replaced by arbitrary text. */
    @Provide
    Arbitrary<Map<String, String>> forms() {
        Arbitrary<String> field = Arbitraries.of(SignatureFields.NAME, SignatureFields.EMAIL, SignatureFields.COUNTRY,
                SignatureFields.CITY, SignatureFields.POSTAL_CODE, SignatureFields.COMMENT, SignatureFields.LANG,
                SignatureFields.DISPLAY_NAME, SignatureFields.UPDATES, SignatureFields.CONSENT);
        Arbitrary<String> names = Arbitraries.oneOf(UnicodeArbitraries.anyText(),
                Arbitraries.of("김민지", "\u1100\u1175\u11B7 \u1106\u1175\u11AB", "José Müller", "Jose\u0301",
                        "\u0645\u062D\u0645\u062F", "\u05D3\u05D5\u05D3", "Ann\u202ELee"));
        return net.jqwik.api.Combinators.combine(field, UnicodeArbitraries.anyText(), names).as((which, value, name) -> {
            Map<String, String> fields = new HashMap<>(Map.of(SignatureFields.NAME, name,
                    SignatureFields.EMAIL, "ann@example.org", SignatureFields.COUNTRY, "KR",
                    SignatureFields.CITY, name, SignatureFields.COMMENT, name + "\n" + value,
                    SignatureFields.CONSENT, "true"));
            fields.put(which, value);
            return fields;
        });
    }

    @Property(tries = 2000)
    void acceptsOnlyNormalisedVisibleTextAndIsIdempotent(@ForAll("forms") Map<String, String> fields,
            @ForAll("languages") Language language) {
        SignatureValidation result = validator.validate(fields, language);
        if (!(result instanceof SignatureValidation.Valid valid)) {
            assertThat(((SignatureValidation.Invalid) result).fieldErrors()).isNotEmpty();
            return;
        }
        SignatureRequest request = valid.request();
        for (String value : new String[] {request.name(), request.email(), request.country(),
            request.city().orElse(""), request.postalCode().orElse(""), request.comment().orElse("")}) {
            assertThat(Normalizer.isNormalized(value, Normalizer.Form.NFC)).as(value).isTrue();
        }
        assertThat(InvisibleCharacters.firstIn(request.name())).isEqualTo(-1);
        assertThat(InvisibleCharacters.firstIn(request.city().orElse(""))).isEqualTo(-1);
        assertThat(request.email().chars().allMatch(c -> c > 0x20 && c < 0x7F)).isTrue();

        Map<String, String> again = new HashMap<>();
        again.put(SignatureFields.NAME, request.name());
        again.put(SignatureFields.EMAIL, request.email());
        again.put(SignatureFields.COUNTRY, request.country());
        request.city().ifPresent(v -> again.put(SignatureFields.CITY, v));
        request.postalCode().ifPresent(v -> again.put(SignatureFields.POSTAL_CODE, v));
        request.comment().ifPresent(v -> again.put(SignatureFields.COMMENT, v));
        again.put(SignatureFields.LANG, request.language().code());
        again.put(SignatureFields.DISPLAY_NAME, request.displayName().code());
        again.put(SignatureFields.UPDATES, Boolean.toString(request.updates()));
        again.put(SignatureFields.CONSENT, "true");
        assertThat(validator.validate(again, language)).isEqualTo(new SignatureValidation.Valid(request));
    }

    @Property(tries = 1000)
    void anyEmailTextIsJudgedNeverThrown(@ForAll("text") String email) {
        Map<String, String> fields = Map.of(SignatureFields.NAME, "Ann", SignatureFields.EMAIL, email,
                SignatureFields.COUNTRY, "KR", SignatureFields.CONSENT, "true");
        SignatureValidation result = validator.validate(fields, Language.EN);
        if (result instanceof SignatureValidation.Valid valid) {
            assertThat(CanonicalEmail.of(valid.request().email())).isEqualTo(CanonicalEmail.of(email));
        }
        assertThat(CanonicalEmail.of(CanonicalEmail.of(email))).isNotNull();
    }

    /** Every language the platform speaks: a class, not an enum, since languages are data (docs/adr/0071). */
    @Provide
    Arbitrary<Language> languages() {
        return Arbitraries.of(Language.values());
    }
}
