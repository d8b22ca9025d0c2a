package org.nkpetition.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;
import org.nkpetition.i18n.Message;
import org.nkpetition.missions.Subdivisions;
import org.nkpetition.text.UnicodeArbitraries;

/** The {@code region} field (issue 14): an ISO 3166-2 code of the chosen country, or nothing. */
class RegionValidationTest {
    private final SignatureValidator validator = new SignatureValidator();

    private static Map<String, String> signer(String country, String region) {
        Map<String, String> fields = new HashMap<>(Map.of("name", "Park Ji-hoon", "email", "jihoon@example.org",
                "country", country, "consent", "true"));
        if (region != null) {
            fields.put("region", region);
        }
        return fields;
    }

    private SignatureValidation validate(String country, String region) {
        return validator.validate(signer(country, region), Language.EN);
    }

    @Test
    void aRegionOfTheCountryIsTakenAsItsUpperCaseCode() {
        SignatureRequest request = ((SignatureValidation.Valid) validate("US", " us-il ")).request();
        assertEquals(Optional.of("US-IL"), request.region());
        assertEquals(Optional.of("KR-26"), ((SignatureValidation.Valid) validate("KR", "KR-26")).request().region());
        assertEquals(Optional.of("DE-BE"), ((SignatureValidation.Valid) validate("de", "DE-BE")).request().region());
    }

    @Test
    void noRegionOrABlankOneIsNone() {
        assertEquals(Optional.empty(), ((SignatureValidation.Valid) validate("US", null)).request().region());
        assertEquals(Optional.empty(), ((SignatureValidation.Valid) validate("US", "  ")).request().region());
    }

    @Test
    void aRegionOfAnotherCountryOrNoneAtAllIsRefusedOnTheRegionField() {
        for (String[] bad : new String[][] {{"KR", "US-IL"}, {"US", "US-XX"}, {"US", "Illinois"}, {"FR", "FR-75"},
                {"US", "US-IL-1"}}) {
            SignatureValidation result = validate(bad[0], bad[1]);
            assertInstanceOf(SignatureValidation.Invalid.class, result, String.join(" ", bad));
            assertEquals(Map.of("region", Message.of("error_region")), ((SignatureValidation.Invalid) result).fieldErrors(),
                    String.join(" ", bad));
        }
    }

    @Test
    void aBadCountryIsReportedOnceOnTheCountry() {
        SignatureValidation result = validate("XX", "US-IL");
        assertEquals(Map.of("country", Message.of("error_country")), ((SignatureValidation.Invalid) result).fieldErrors());
    }

    @Provide
    Arbitrary<String> regions() {
        return Arbitraries.oneOf(UnicodeArbitraries.anyText(), Arbitraries.of("US-IL", "us-ca", "KR-26", "ＵＳ-ＩＬ",
                "US-", "-IL", "US-IL\u200B", "DE-BE", "JP-13"));
    }

    @Property(tries = 300)
    void anyRegionTextGivesAnAnswerAndAnAcceptedOneBelongsToTheCountry(@ForAll("regions") String region,
            @ForAll("countries") String country) {
        SignatureValidation result = validate(country, region);
        if (result instanceof SignatureValidation.Valid valid) {
            valid.request().region().ifPresent(code ->
                    assertThat(Subdivisions.bundled().belongsTo(code, valid.request().country())).isTrue());
        } else {
            assertThat(((SignatureValidation.Invalid) result).fieldErrors()).containsOnlyKeys("region");
        }
    }

    @Provide
    Arbitrary<String> countries() {
        return Arbitraries.of("US", "KR", "DE", "JP", "FR");
    }
}
