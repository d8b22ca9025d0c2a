package org.nkpetition.web;

import org.nkpetition.i18n.CountryNames;
import static org.nkpetition.signature.SignatureFields.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.nkpetition.i18n.Message;
import org.nkpetition.i18n.Messages;
import org.nkpetition.missions.SubdivisionNames;
import org.nkpetition.missions.Subdivisions;
import org.nkpetition.signature.DisplayName;

/**
 * The signing form's part of the petition page: every field with its label, hint, kept value and
 * error, wired for assistive technology (aria-describedby lists the hint and the error,
 * aria-invalid marks the field, the summary links to it), plus what the script needs to check the
 * same rules in the browser (lengths and their messages).
 */
final class SigningForm {
    /** Fields a person can see and focus; errors on anything else (a tampered post) point at the form. */
    private static final Set<String> FOCUSABLE = Set.of(NAME, EMAIL, COUNTRY, CITY, POSTAL_CODE, COMMENT, CONSENT);
    private static final String REGION_ID_PREFIX = "region-";
    /** The summary lists errors in the order the fields appear on the page. */
    private static final List<String> PAGE_ORDER = List.of(NAME, EMAIL, COUNTRY, REGION, CITY, POSTAL_CODE, COMMENT,
            DISPLAY_NAME, UPDATES, CONSENT, LANG, HONEYPOT);

    private SigningForm() {
    }

    static void addTo(Map<String, Object> context, Messages messages, PetitionForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        form.errors().keySet().stream()
                .sorted(Comparator.comparingInt(field -> PAGE_ORDER.contains(field) ? PAGE_ORDER.indexOf(field) : PAGE_ORDER.size()))
                .forEach(field -> errors.put(field, messages.get(form.errors().get(field))));
        String chosenDisplay = form.values().containsKey(DISPLAY_NAME)
                ? form.value(DISPLAY_NAME).toLowerCase(Locale.ROOT) : DisplayName.DEFAULT.code();

        List<Map<String, Object>> errorList = new ArrayList<>();
        String chosenCountry = form.value(COUNTRY).strip().toUpperCase(Locale.ROOT);
        errors.forEach((field, message) -> errorList.add(Map.of("target", target(field, chosenDisplay, chosenCountry, form),
                "label", label(messages, field), "message", message)));
        context.put("hasErrors", !errors.isEmpty());
        context.put("errorList", errorList);

        List<Map<String, Object>> fields = new ArrayList<>();
        fields.add(text(NAME, "text", "name", NAME_MAX, true, null, messages, form, errors));
        Map<String, Object> email = text(EMAIL, "email", "email", EMAIL_MAX, true, "field_email_hint", messages, form, errors);
        email.put("noSpellcheck", true);
        fields.add(email);
        fields.add(country(messages, form, errors));
        if (!form.regionCountries().isEmpty()) {
            fields.add(region(messages, form, errors, chosenCountry));
        }
        fields.add(text(CITY, "text", "address-level2", CITY_MAX, false, null, messages, form, errors));
        fields.add(text(POSTAL_CODE, "text", "postal-code", POSTAL_CODE_MAX, false, null, messages, form, errors));
        Map<String, Object> comment = field(COMMENT, false, "field_comment_hint", messages, form, errors);
        comment.put("isTextarea", true);
        limit(comment, COMMENT_MAX, messages);
        fields.add(comment);
        context.put("fields", fields);

        context.put("displayChoices", List.of(DisplayName.values()).stream()
                .map(d -> Map.of("code", d.code(), "label", messages.get("display_" + d.code()),
                        "checked", d.code().equals(chosenDisplay)))
                .toList());
        context.put("displayError", errors.getOrDefault(DISPLAY_NAME, ""));
        context.put("displayDescribedBy", describedBy(DISPLAY_NAME, true, errors.containsKey(DISPLAY_NAME)));
        context.put("updatesChecked", isTicked(form.value(UPDATES)));
        context.put("consentChecked", isTicked(form.value(CONSENT)));
        context.put("consentError", errors.getOrDefault(CONSENT, ""));
        context.put("consentDescribedBy", describedBy(CONSENT, false, errors.containsKey(CONSENT)));
    }

    private static Map<String, Object> text(String name, String type, String autocomplete, int maxLength,
            boolean required, String hintKey, Messages messages, PetitionForm form, Map<String, String> errors) {
        Map<String, Object> field = field(name, required, hintKey, messages, form, errors);
        field.put("isText", true);
        field.put("type", type);
        field.put("autocomplete", autocomplete);
        limit(field, maxLength, messages);
        return field;
    }

    private static Map<String, Object> country(Messages messages, PetitionForm form, Map<String, String> errors) {
        Map<String, Object> country = field(COUNTRY, true, null, messages, form, errors);
        country.put("isSelect", true);
        String chosen = form.value(COUNTRY).toUpperCase(Locale.ROOT);
        country.put("options", CountryNames.in(messages.language()).stream()
                .map(c -> Map.of("code", c.code(), "label", c.name(), "selected", c.code().equals(chosen)))
                .toList());
        return country;
    }

    /**
     * One region select per country that asks for one (issue 14): only the chosen country's is shown and enabled,
     * so it alone is sent; the script swaps them as the country changes. Without the script, a form posted without
     * the region comes back with the right select shown (the sign handler's re-render).
     */
    private static Map<String, Object> region(Messages messages, PetitionForm form, Map<String, String> errors,
            String chosenCountry) {
        Map<String, Object> region = field(REGION, true, "field_region_hint", messages, form, errors);
        region.put("isRegion", true);
        String chosenRegion = form.value(REGION).strip().toUpperCase(Locale.ROOT);
        List<Map<String, Object>> groups = new ArrayList<>();
        for (String country : form.regionCountries()) {
            Map<String, Object> group = new HashMap<>();
            group.put("country", country);
            group.put("id", REGION_ID_PREFIX + country);
            group.put("shown", country.equals(chosenCountry));
            group.put("regionOptions", SubdivisionNames.bundled().of(country, Subdivisions.bundled(), messages.language())
                    .stream().map(n -> Map.of("code", n.code(), "label", n.name(), "selected", n.code().equals(chosenRegion)))
                    .toList());
            groups.add(group);
        }
        region.put("regionGroups", groups);
        return region;
    }

    private static Map<String, Object> field(String name, boolean required, String hintKey, Messages messages,
            PetitionForm form, Map<String, String> errors) {
        Map<String, Object> field = new HashMap<>();
        field.put("name", name);
        field.put("label", label(messages, name));
        field.put("required", required);
        field.put("hint", hintKey == null ? "" : messages.get(hintKey));
        field.put("error", errors.getOrDefault(name, ""));
        field.put("describedBy", describedBy(name, hintKey != null, errors.containsKey(name)));
        field.put("value", form.value(name));
        return field;
    }

    /** The server's limit, as HTML maxlength and for the script, with the message it would give. */
    private static void limit(Map<String, Object> field, int maxLength, Messages messages) {
        field.put("maxLength", maxLength);
        field.put("tooLong", messages.get(Message.of("error_too_long", maxLength)));
    }

    private static String describedBy(String name, boolean hint, boolean error) {
        List<String> ids = new ArrayList<>();
        if (hint) {
            ids.add(name + "-hint");
        }
        if (error) {
            ids.add(name + "-error");
        }
        return String.join(" ", ids);
    }

    private static String target(String field, String chosenDisplay, String chosenCountry, PetitionForm form) {
        if (field.equals(REGION)) {
            return form.regionCountries().contains(chosenCountry) ? REGION_ID_PREFIX + chosenCountry : COUNTRY;
        }
        if (field.equals(DISPLAY_NAME)) {
            return DisplayName.fromCode(chosenDisplay).map(d -> "displayName-" + d.code())
                    .orElse("displayName-" + DisplayName.DEFAULT.code());
        }
        return FOCUSABLE.contains(field) ? field : "sign-form";
    }

    private static boolean isTicked(String value) {
        return "true".equals(value) || "on".equals(value);
    }

    static String label(Messages messages, String field) {
        return switch (field) {
            case NAME -> messages.get("field_name");
            case EMAIL -> messages.get("field_email");
            case COUNTRY -> messages.get("field_country");
            case REGION -> messages.get("field_region");
            case CITY -> messages.get("field_city");
            case POSTAL_CODE -> messages.get("field_postal_code");
            case COMMENT -> messages.get("field_comment");
            case DISPLAY_NAME -> messages.get("display_legend");
            case CONSENT -> messages.get("consent_name");
            case HONEYPOT -> messages.get("honeypot_label");
            case UPDATES -> messages.get("updates_label");
            case LANG -> messages.get("language_label");
            default -> field;
        };
    }
}
