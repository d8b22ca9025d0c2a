package org.nkpetition.web;

import static org.nkpetition.signature.SignatureFields.*;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;
import org.nkpetition.i18n.Message;
import org.nkpetition.i18n.Messages;
import org.nkpetition.signature.DisplayName;

/** The server-rendered pages, built from templates and the language bundles (no words in code). */
public final class Pages {
    private Pages() {
    }

    /** The petition with its count and the signing form (blank, or refilled with errors). */
    public static String petition(Petition petition, PetitionCount count, Language language, PetitionForm form) {
        Messages messages = Messages.of(language);
        PetitionText text = petition.text(language);
        Map<String, Object> context = base(messages, text.title(), true);

        Map<String, Object> shown = new HashMap<>();
        shown.put("title", text.title());
        shown.put("summary", text.summary());
        shown.put("body", text.body());
        shown.put("textLang", petition.textLanguage(language).code());
        shown.put("recipients", petition.recipients());
        shown.put("total", count.total());
        shown.put("countText", countText(messages, count));
        shown.put("countUrl", "/petitions/" + petition.id() + "/count");
        petition.goal().ifPresent(goal -> {
            shown.put("goal", goal);
            shown.put("goalText", messages.get("goal_progress", count.total(), goal));
        });
        context.put("petition", shown);
        context.put("closed", !petition.isOpen());
        context.put("signAction", "/petitions/" + petition.id() + "/signatures");

        Map<String, String> errorWords = new LinkedHashMap<>();
        form.errors().forEach((field, message) -> errorWords.put(field, messages.get(message)));
        context.put("hasErrors", !errorWords.isEmpty());
        List<Map<String, String>> errorList = new ArrayList<>();
        errorWords.forEach((field, message) -> errorList.add(Map.of("field", field.equals(DISPLAY_NAME) ? "displayName-error" : field,
                "label", fieldLabel(messages, field), "message", message)));
        context.put("errorList", errorList);

        List<Map<String, Object>> fields = new ArrayList<>();
        fields.add(textField(NAME, "text", "name", NAME_MAX, true, null, messages, form, errorWords));
        fields.add(textField(EMAIL, "email", "email", EMAIL_MAX, true, messages.get("field_email_hint"), messages, form, errorWords));
        Map<String, Object> country = field(COUNTRY, true, null, messages, form, errorWords);
        country.put("isSelect", true);
        String chosenCountry = form.value(COUNTRY).toUpperCase(java.util.Locale.ROOT);
        country.put("options", CountryNames.in(language).stream()
                .map(c -> Map.of("code", c.code(), "label", c.name(), "selected", c.code().equals(chosenCountry)))
                .toList());
        fields.add(country);
        fields.add(textField(CITY, "text", "address-level2", CITY_MAX, false, null, messages, form, errorWords));
        fields.add(textField(POSTAL_CODE, "text", "postal-code", POSTAL_CODE_MAX, false, null, messages, form, errorWords));
        Map<String, Object> comment = field(COMMENT, false, messages.get("field_comment_hint"), messages, form, errorWords);
        comment.put("isTextarea", true);
        comment.put("maxLength", COMMENT_MAX);
        fields.add(comment);
        context.put("fields", fields);

        String chosenDisplay = form.values().containsKey(DISPLAY_NAME) ? form.value(DISPLAY_NAME) : DisplayName.DEFAULT.code();
        context.put("displayChoices", List.of(DisplayName.values()).stream()
                .map(d -> Map.of("code", d.code(), "label", messages.get("display_" + d.code()),
                        "checked", d.code().equals(chosenDisplay)))
                .toList());
        context.put("displayError", errorWords.getOrDefault(DISPLAY_NAME, ""));
        context.put("consentError", errorWords.getOrDefault(CONSENT, ""));
        context.put("updatesChecked", "true".equals(form.value(UPDATES)) || "on".equals(form.value(UPDATES)));
        return Templates.render("petition", context);
    }

    /** After a form post: "check your email". */
    public static String checkEmail(Petition petition, Language language) {
        Messages messages = Messages.of(language);
        Map<String, Object> context = base(messages, messages.get("check_email_title"), false);
        context.put("heading", messages.get("check_email_title"));
        context.put("paragraphs", List.of(messages.get("check_email_body"), messages.get("check_email_spam")));
        context.put("backHref", "/petitions/" + petition.id() + "?lang=" + language.code());
        return Templates.render("message", context);
    }

    /** The page a confirmation link opens: one button that POSTs the token. */
    public static String confirm(Petition petition, Language language, String token) {
        return tokenAction(petition, language, token, "/signatures/confirm", "confirm_title", "confirm_body", "confirm_button");
    }

    /** The page a withdrawal link opens: one button that POSTs the token. */
    public static String withdraw(Petition petition, Language language, String token) {
        return tokenAction(petition, language, token, "/signatures/withdraw", "withdraw_title", "withdraw_body",
                "withdraw_button");
    }

    /** The page an unsubscribe link opens (RFC 8058 clients POST to the same address directly). */
    public static String unsubscribe(Petition petition, Language language, String token) {
        return tokenAction(petition, language, token, "/signatures/unsubscribe", "unsubscribe_title", "unsubscribe_body",
                "unsubscribe_button");
    }

    /** A page with one button that POSTs a link's token (a GET from a mail scanner must change nothing). */
    private static String tokenAction(Petition petition, Language language, String token, String action,
            String headingKey, String introKey, String buttonKey) {
        Messages messages = Messages.of(language);
        Map<String, Object> context = base(messages, messages.get(headingKey), false);
        context.put("heading", messages.get(headingKey));
        context.put("intro", messages.get(introKey));
        context.put("button", messages.get(buttonKey));
        context.put("petitionTitle", petition.text(language).title());
        context.put("textLang", petition.textLanguage(language).code());
        context.put("action", action);
        context.put("token", token);
        return Templates.render("token-action", context);
    }

    /** Thank you, with the new count and share links. */
    public static String confirmed(Petition petition, PetitionCount count, Language language, boolean justNow,
            String petitionUrl) {
        Messages messages = Messages.of(language);
        Map<String, Object> context = base(messages, messages.get("confirmed_title"), false);
        context.put("heading", messages.get("confirmed_title"));
        context.put("paragraphs", List.of(messages.get(justNow ? "confirmed_body" : "already_confirmed_body")));
        context.put("countText", countText(messages, count));
        context.put("share", shareLinks(messages, petition.text(language).title(), petitionUrl));
        context.put("backHref", "/petitions/" + petition.id() + "?lang=" + language.code());
        return Templates.render("message", context);
    }

    /** A refusal or failure, in words for people. */
    public static String error(Language language, Message message) {
        Messages messages = Messages.of(language);
        Map<String, Object> context = base(messages, messages.get("error_title"), false);
        context.put("heading", messages.get("error_title"));
        context.put("paragraphs", List.of(messages.get(message)));
        return Templates.render("message", context);
    }

    /** A page with a heading and paragraphs given as message keys (expired or invalid links). */
    public static String notice(Language language, String headingKey, String bodyKey, Optional<String> backHref) {
        Messages messages = Messages.of(language);
        Map<String, Object> context = base(messages, messages.get(headingKey), false);
        context.put("heading", messages.get(headingKey));
        context.put("paragraphs", List.of(messages.get(bodyKey)));
        backHref.ifPresent(href -> context.put("backHref", href));
        return Templates.render("message", context);
    }

    public static String countText(Messages messages, PetitionCount count) {
        return messages.get("signatures_count", count.total());
    }

    private static Map<String, Object> base(Messages messages, String pageTitle, boolean languageSwitcher) {
        Map<String, Object> context = new HashMap<>();
        context.put("t", messages.all());
        context.put("lang", messages.language().code());
        context.put("pageTitle", pageTitle);
        List<Map<String, Object>> languages = new ArrayList<>();
        if (languageSwitcher) {
            for (Language language : Language.values()) {
                languages.add(Map.of("code", language.code(), "name", language.nativeName(),
                        "href", "?lang=" + language.code(), "current", language == messages.language()));
            }
        }
        context.put("languages", languages);
        return context;
    }

    private static Map<String, Object> textField(String name, String type, String autocomplete, int maxLength,
            boolean required, String hint, Messages messages, PetitionForm form, Map<String, String> errors) {
        Map<String, Object> field = field(name, required, hint, messages, form, errors);
        field.put("isText", true);
        field.put("type", type);
        field.put("autocomplete", autocomplete);
        field.put("maxLength", maxLength);
        return field;
    }

    private static Map<String, Object> field(String name, boolean required, String hint, Messages messages,
            PetitionForm form, Map<String, String> errors) {
        Map<String, Object> field = new HashMap<>();
        field.put("name", name);
        field.put("label", fieldLabel(messages, name));
        field.put("required", required);
        field.put("hint", hint == null ? "" : hint);
        field.put("error", errors.getOrDefault(name, ""));
        field.put("value", form.value(name));
        return field;
    }

    private static String fieldLabel(Messages messages, String field) {
        return switch (field) {
            case NAME -> messages.get("field_name");
            case EMAIL -> messages.get("field_email");
            case COUNTRY -> messages.get("field_country");
            case CITY -> messages.get("field_city");
            case POSTAL_CODE -> messages.get("field_postal_code");
            case COMMENT -> messages.get("field_comment");
            case DISPLAY_NAME -> messages.get("display_legend");
            case CONSENT -> messages.get("consent_label");
            case HONEYPOT -> messages.get("honeypot_label");
            default -> field;
        };
    }

    private static List<Map<String, String>> shareLinks(Messages messages, String title, String url) {
        String u = encode(url);
        String t = encode(title);
        return List.of(
                Map.of("label", messages.get("share_email"), "href", "mailto:?subject=" + t + "&body=" + u),
                Map.of("label", messages.get("share_x"), "href", "https://x.com/intent/post?url=" + u + "&text=" + t),
                Map.of("label", messages.get("share_facebook"), "href", "https://www.facebook.com/sharer/sharer.php?u=" + u),
                Map.of("label", messages.get("share_line"), "href", "https://social-plugins.line.me/lineit/share?url=" + u));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
