package org.nkpetition.signature;

import static org.nkpetition.signature.SignatureFields.*;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.nkpetition.domain.Language;
import org.nkpetition.email.MailboxCheck;
import org.nkpetition.email.Mailboxes;
import org.nkpetition.i18n.Message;
import org.nkpetition.missions.Subdivisions;
import org.nkpetition.text.InvisibleCharacters;
import org.nkpetition.text.UnicodeText;

/**
 * The signature rules of DESIGN.md, applied to the raw fields of a JSON body or a form post.
 *
 * <p>Text rules (issue 12): every value is NFC; one-line fields (name, city, postal code) have
 * their spaces made plain and collapsed, and refuse invisible and bidi control characters
 * ({@link InvisibleCharacters}) with a message saying so; names and cities need a letter or digit.
 * The comment is free text: it keeps line breaks and any visible or format character (it is
 * isolated wherever shown) but refuses other control characters. Codes (country, lang,
 * displayName) are read through {@link UnicodeText#fold}, so a phone's full-width "ＫＲ" is KR.
 * The email must be one mailbox SES can deliver ({@link Mailboxes}). Every value of the
 * resulting {@link SignatureRequest} is in NFC, and validating it again changes nothing.
 *
 * <p>Total: any map of any strings gives a {@link SignatureValidation}, never an exception.
 */
public final class SignatureValidator {
    private static final Pattern POSTAL_CODE_SHAPE = Pattern.compile("[\\p{IsAlphabetic}\\p{Nd} -]+");
    /** Any run of spaces (no-break, ideographic, thin ...) and tabs in a one-line field: one plain space. */
    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t]+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> TRUE = Set.of("true", "on", "yes", "1");
    private static final Set<String> FALSE = Set.of("false", "off", "no", "0", "");

    public SignatureValidation validate(Map<String, String> fields, Language requestLanguage) {
        Map<String, Message> errors = new LinkedHashMap<>();

        Optional<String> name = words(fields, NAME, NAME_MAX, errors);
        if (name.isEmpty() && !errors.containsKey(NAME)) {
            errors.put(NAME, Message.of("error_required"));
        }

        Optional<String> email = text(fields, EMAIL, EMAIL_MAX, false, errors);
        Optional<String> address = Optional.empty();
        if (email.isEmpty() && !errors.containsKey(EMAIL)) {
            errors.put(EMAIL, Message.of("error_required"));
        } else if (email.isPresent()) {
            MailboxCheck check = Mailboxes.check(email.get());
            if (check instanceof MailboxCheck.Deliverable deliverable) {
                address = Optional.of(deliverable.mailbox().address());
            } else {
                errors.put(EMAIL, Message.of(switch (((MailboxCheck.Refused) check).reason()) {
                    case INVISIBLE -> "error_invisible_characters";
                    case NON_ASCII_LOCAL_PART -> "error_email_local_ascii";
                    case DOMAIN -> "error_email_domain";
                    case SYNTAX -> "error_email";
                }));
            }
        }

        Optional<String> country = code(fields, COUNTRY, 2, errors).map(c -> c.toUpperCase(Locale.ROOT));
        if (country.isEmpty() && !errors.containsKey(COUNTRY)) {
            errors.put(COUNTRY, Message.of("error_required"));
        } else if (country.isPresent() && !COUNTRIES.contains(country.get())) {
            errors.put(COUNTRY, Message.of("error_country"));
        }

        // Only an ISO 3166-2 code of the chosen country (docs/MISSIONS.md); a bad country already has its error.
        Optional<String> region = code(fields, REGION, REGION_MAX, errors).map(r -> r.toUpperCase(Locale.ROOT));
        if (region.isPresent() && country.isPresent() && !errors.containsKey(COUNTRY)
                && !Subdivisions.bundled().belongsTo(region.get(), country.get())) {
            errors.put(REGION, Message.of("error_region"));
        }

        Optional<String> city = words(fields, CITY, CITY_MAX, errors);
        Optional<String> postalCode = text(fields, POSTAL_CODE, POSTAL_CODE_MAX, false, errors);
        if (postalCode.isPresent() && !POSTAL_CODE_SHAPE.matcher(postalCode.get()).matches()) {
            errors.put(POSTAL_CODE, Message.of("error_postal_code"));
        }
        Optional<String> comment = text(fields, COMMENT, COMMENT_MAX, true, errors);

        Language language = requestLanguage;
        Optional<String> lang = code(fields, LANG, 10, errors);
        if (lang.isPresent()) {
            Optional<Language> chosen = Language.fromCode(lang.get());
            if (chosen.isPresent()) {
                language = chosen.get();
            } else {
                errors.put(LANG, Message.of("error_lang", Language.choices()));
            }
        }

        DisplayName displayName = DisplayName.DEFAULT;
        Optional<String> display = code(fields, DISPLAY_NAME, 20, errors);
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
        return new SignatureValidation.Valid(new SignatureRequest(name.get(), address.get(), country.get(), city,
                postalCode, comment, language, displayName, updates.orElse(false), region));
    }

    /**
     * A trimmed, non-empty value in NFC within its length; records errors. One-line values have
     * every kind of space made a plain one, runs collapsed, and refuse invisible characters;
     * multi-line values keep tabs and line breaks and refuse only other control characters.
     */
    private static Optional<String> text(Map<String, String> fields, String field, int maxLength,
            boolean multiline, Map<String, Message> errors) {
        String raw = fields.get(field);
        if (raw == null) {
            return Optional.empty();
        }
        if (UnicodeText.hasUnpairedSurrogate(raw) || raw.indexOf('\uFFFD') >= 0) {
            errors.put(field, Message.of("error_invalid_characters"));
            return Optional.empty();
        }
        String value = UnicodeText.nfc(raw);
        value = multiline ? value.strip() : SPACES.matcher(value).replaceAll(" ").strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            errors.put(field, Message.of("error_too_long", maxLength));
            return Optional.empty();
        }
        if (multiline) {
            boolean control = value.codePoints().anyMatch(c -> Character.isISOControl(c)
                    && !(c == '\n' || c == '\r' || c == '\t'));
            if (control) {
                errors.put(field, Message.of("error_invalid_characters"));
                return Optional.empty();
            }
        } else if (InvisibleCharacters.firstIn(value) >= 0) {
            errors.put(field, Message.of(value.codePoints().anyMatch(Character::isISOControl)
                    ? "error_invalid_characters" : "error_invisible_characters"));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A one-line text that must hold at least one letter or digit (a name, a city). */
    private static Optional<String> words(Map<String, String> fields, String field, int maxLength,
            Map<String, Message> errors) {
        Optional<String> value = text(fields, field, maxLength, false, errors);
        if (value.isPresent() && value.get().codePoints().noneMatch(Character::isLetterOrDigit)) {
            errors.put(field, Message.of("error_no_letters"));
            return Optional.empty();
        }
        return value;
    }

    /** A code from a fixed list (country, lang, displayName): compatibility-folded, as keys are. */
    private static Optional<String> code(Map<String, String> fields, String field, int maxLength,
            Map<String, Message> errors) {
        String raw = fields.get(field);
        if (raw == null) {
            return Optional.empty();
        }
        Map<String, String> folded = Map.of(field, UnicodeText.fold(raw));
        return text(folded, field, maxLength, false, errors);
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
