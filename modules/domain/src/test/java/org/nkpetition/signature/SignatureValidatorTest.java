package org.nkpetition.signature;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;

class SignatureValidatorTest {
    private final SignatureValidator validator = new SignatureValidator();

    private static Map<String, String> valid() {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", "  Park Ji-hoon ");
        fields.put("email", "jihoon@example.org");
        fields.put("country", "kr");
        fields.put("consent", "on");
        return fields;
    }

    @Test
    void aMinimalSignatureGetsSafeDefaults() {
        SignatureRequest request = ((SignatureValidation.Valid) validator.validate(valid(), Language.KO)).request();
        assertEquals("Park Ji-hoon", request.name());
        assertEquals("KR", request.country());
        assertEquals(Language.KO, request.language(), "the request's language unless the form says otherwise");
        assertEquals(DisplayName.INITIALS, request.displayName());
        assertFalse(request.updates(), "no newsletter unless asked");
        assertEquals(Optional.empty(), request.comment());
    }

    @Test
    void optionalFieldsAndChoicesAreTaken() {
        Map<String, String> fields = valid();
        fields.put("lang", "es");
        fields.put("displayName", "FULL");
        fields.put("updates", "true");
        fields.put("city", "Busan");
        fields.put("postalCode", "48058");
        fields.put("comment", "가".repeat(500));
        SignatureRequest request = ((SignatureValidation.Valid) validator.validate(fields, Language.EN)).request();
        assertEquals(Language.ES, request.language());
        assertEquals(DisplayName.FULL, request.displayName());
        assertTrue(request.updates());
        assertEquals(Optional.of("Busan"), request.city());
        assertEquals(500, request.comment().orElseThrow().length(), "500 Hangul characters fit");
    }

    @Test
    void commentsMayHaveLineBreaksButNamesMayNot() {
        Map<String, String> fields = valid();
        fields.put("comment", "line one\nline two");
        assertInstanceOf(SignatureValidation.Valid.class, validator.validate(fields, Language.EN));
        fields.put("name", "two\nlines");
        SignatureValidation.Invalid invalid = (SignatureValidation.Invalid) validator.validate(fields, Language.EN);
        assertEquals("error_invalid_characters", invalid.fieldErrors().get("name").key());
    }

    @Test
    void emailShapes() {
        for (String bad : new String[] {"plain", "a@b", "a b@example.org", "@example.org", "a@example..org", "a@.org"}) {
            Map<String, String> fields = valid();
            fields.put("email", bad);
            SignatureValidation result = validator.validate(fields, Language.EN);
            assertInstanceOf(SignatureValidation.Invalid.class, result, bad);
            assertEquals("error_email", ((SignatureValidation.Invalid) result).fieldErrors().get("email").key());
        }
    }

    @Test
    void consentMustBeGivenAndTheHoneypotLeftEmpty() {
        Map<String, String> fields = valid();
        fields.put("consent", "false");
        fields.put("website", "x");
        SignatureValidation.Invalid invalid = (SignatureValidation.Invalid) validator.validate(fields, Language.EN);
        assertEquals("error_consent", invalid.fieldErrors().get("consent").key());
        assertEquals("error_honeypot", invalid.fieldErrors().get("website").key());
    }
}
