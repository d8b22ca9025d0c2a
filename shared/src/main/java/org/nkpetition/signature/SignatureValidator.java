package org.nkpetition.signature;

import static org.nkpetition.signature.SignatureFields.*;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.nkpetition.domain.Language;
import org.nkpetition.i18n.Message;

/** The signature rules of DESIGN.md, applied to the raw fields of a JSON body or a form post. */
public final class SignatureValidator {
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");
    private static final Pattern POSTAL_CODE_SHAPE = Pattern.compile("[\\p{IsAlphabetic}\\p{Nd} -]+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> TRUE = Set.of("true", "on", "yes", "1");
    private static final Set<String> FALSE = Set.of("false", "off", "no", "0", "");

    public SignatureValidation validate(Map<String, String> fields, Language requestLanguage) {
        Map<String, Message> errors = new LinkedHashMap<>();

        Optional<String> name = text(fields, NAME, NAME_MAX, false, errors);
        if (name.isEmpty() && !errors.containsKey(NAME)) {
            errors.put(NAME, Message.of("error_required"));
        }

        Optional<String> email = text(fields, EMAIL, EMAIL_MAX, false, errors);
        if (email.isEmpty() && !errors.containsKey(EMAIL)) {
            errors.put(EMAIL, Message.of("error_required"));
        } else if (email.isPresent() && !EMAIL_SHAPE.matcher(email.get()).matches()) {
            errors.put(EMAIL, Message.of("error_email"));
        }

        Optional<String> country = text(fields, COUNTRY, 2, false, errors).map(c -> c.toUpperCase(Locale.ROOT));
        if (country.isEmpty() && !errors.containsKey(COUNTRY)) {
            errors.put(COUNTRY, Message.of("error_required"));
        } else if (country.isPresent() && !COUNTRIES.contains(country.get())) {
            errors.put(COUNTRY, Message.of("error_country"));
        }

        Optional<String> city = text(fields, CITY, CITY_MAX, false, errors);
        Optional<String> postalCode = text(fields, POSTAL_CODE, POSTAL_CODE_MAX, false, errors);
        if (postalCode.isPresent() && !POSTAL_CODE_SHAPE.matcher(postalCode.get()).matches()) {
            errors.put(POSTAL_CODE, Message.of("error_postal_code"));
        }
        Optional<String> comment = text(fields, COMMENT, COMMENT_MAX, true, errors);

        Language language = requestLanguage;
        Optional<String> lang = text(fields, LANG, 10, false, errors);
        if (lang.isPresent()) {
            Optional<Language> chosen = Language.fromCode(lang.get());
            if (chosen.isPresent()) {
                language = chosen.get();
            } else {
                errors.put(LANG, Message.of("error_lang"));
            }
        }

        DisplayName displayName = DisplayName.DEFAULT;
        Optional<String> display = text(fields, DISPLAY_NAME, 20, false, errors);
        if (display.isPresent()) {
            Optional<DisplayName> chosen = DisplayName.fromCode(display.get().toLowerCase(Locale.ROOT));
            if (chosen.isPresent()) {
                displayName = chosen.get();
            } else {
                errors.put(DISPLAY_NAME, Message.of("error_display_name"));
            }
        }

        Optional<Boolean> updates = bool(fields, UPDATES, errors);
        Optional<Boolean> consent = bool(fields, CONSENT, errors);
        if (!errors.containsKey(CONSENT) && !consent.orElse(false)) {
            errors.put(CONSENT, Message.of("error_consent"));
        }

        if (!fields.getOrDefault(HONEYPOT, "").isEmpty()) {
            errors.put(HONEYPOT, Message.of("error_honeypot"));
        }

        if (!errors.isEmpty()) {
            return new SignatureValidation.Invalid(errors);
        }
        return new SignatureValidation.Valid(new SignatureRequest(name.get(), email.get(), country.get(), city,
                postalCode, comment, language, displayName, updates.orElse(false)));
    }

    /** A trimmed, non-empty value within its length and free of control characters; records errors. */
    private static Optional<String> text(Map<String, String> fields, String field, int maxLength,
            boolean multiline, Map<String, Message> errors) {
        String raw = fields.get(field);
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            errors.put(field, Message.of("error_too_long", maxLength));
            return Optional.empty();
        }
        boolean control = value.codePoints().anyMatch(c -> Character.isISOControl(c)
                && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
        if (control) {
            errors.put(field, Message.of("error_invalid_characters"));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static Optional<Boolean> bool(Map<String, String> fields, String field, Map<String, Message> errors) {
        String raw = fields.get(field);
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.trim().toLowerCase(Locale.ROOT);
        if (TRUE.contains(value)) {
            return Optional.of(true);
        }
        if (FALSE.contains(value)) {
            return Optional.of(false);
        }
        errors.put(field, Message.of("error_boolean"));
        return Optional.empty();
    }
}
