package org.nkpetition.web;

import org.nkpetition.i18n.CountryNames;
import org.nkpetition.i18n.DestinationText;

import org.nkpetition.templates.Templates;

import org.nkpetition.links.Links;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.domain.Destination;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.i18n.Message;
import org.nkpetition.i18n.Messages;

/** The server-rendered pages, built from templates and the language bundles (no words in code). */
public final class Pages {
    private Pages() {
    }

    /**
     * The petition with its count and the signing form (blank, or refilled with errors).
     * {@code links} gives the petition's public address for the share links.
     */
    public static String petition(Petition petition, PetitionCount count, Language language, PetitionForm form,
            Links links) {
        return PetitionPage.render(petition, count, language, form, links);
    }

    /** After a form post: "check your email". */
    public static String checkEmail(Petition petition, Language language) {
        Messages messages = Messages.of(language);
        Map<String, Object> context = base(messages, messages.get("check_email_title"));
        context.put("heading", messages.get("check_email_title"));
        context.put("paragraphs", List.of(messages.get("check_email_body"), messages.get("check_email_spam")));
        context.put("backHref", "/petitions/" + petition.id() + "?lang=" + language.code());
        return Templates.render("message", context);
    }

    /** The page a confirmation link opens: one button that POSTs the token. */
    public static String confirm(Petition petition, Language language, String token) {
        return tokenAction(petition, language, token, "/signatures/confirm", "confirm_title", "confirm_body", "confirm_button");
    }

    /**
     * The confirmation page, showing what confirming will count (issue 11): the name as it will be
     * delivered ({@code deliveredName}, empty for an anonymous signer) and the country (ISO 3166-1
     * alpha-2, named in the page's language), with how to change them (withdraw and sign again: the
     * first details win, docs/adr/0043).
     */
    public static String confirm(Petition petition, Language language, String token, Optional<String> deliveredName,
            String country) {
        Messages messages = Messages.of(language);
        Map<String, Object> counted = new java.util.LinkedHashMap<>();
        counted.put("summary", messages.get("confirm_counted_as"));
        counted.put("nameLabel", messages.get("confirm_delivered_name"));
        counted.put("name", deliveredName.orElse(messages.get("confirm_anonymous")));
        counted.put("anonymous", deliveredName.isEmpty());
        counted.put("countryLabel", messages.get("field_country"));
        counted.put("country", CountryNames.name(country, language));
        counted.put("change", messages.get("confirm_change"));
        return tokenAction(petition, language, token, "/signatures/confirm", "confirm_title", "confirm_body", "confirm_button",
                Optional.of(counted));
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
        return tokenAction(petition, language, token, action, headingKey, introKey, buttonKey, Optional.empty());
    }

    private static String tokenAction(Petition petition, Language language, String token, String action,
            String headingKey, String introKey, String buttonKey, Optional<Map<String, Object>> counted) {
        Messages messages = Messages.of(language);
        Map<String, Object> context = base(messages, messages.get(headingKey));
        // The same link in another language: the token stays, only ?lang= changes.
        addLanguageSwitcher(context, messages, other -> "?token=" + encode(token) + "&lang=" + other.code());
        context.put("heading", messages.get(headingKey));
        context.put("intro", messages.get(introKey));
        context.put("button", messages.get(buttonKey));
        context.put("petitionTitle", petition.text(language).title());
        context.put("textLang", petition.textLanguage(language).code());
        context.put("action", action);
        context.put("token", token);
        counted.ifPresent(c -> context.put("counted", c));
        return Templates.render("token-action", context);
    }

    /** Thank you, with the new count, the progress to the goal and share links. */
    public static String confirmed(Petition petition, PetitionCount count, Language language, boolean justNow,
            String petitionUrl) {
        return confirmed(petition, count, language, justNow, petitionUrl, Optional.empty());
    }

    /**
     * Thank you, also saying which mission receives the signature and on which date when one is planned (issue 14),
     * with a link to the deliveries page.
     */
    public static String confirmed(Petition petition, PetitionCount count, Language language, boolean justNow,
            String petitionUrl, Optional<Destination> destination) {
        Messages messages = Messages.of(language);
        Map<String, Object> context = base(messages, messages.get("confirmed_title"));
        context.put("heading", messages.get("confirmed_title"));
        context.put("body", messages.get(justNow ? "confirmed_body" : "already_confirmed_body"));
        context.put("petitionTitle", petition.text(language).title());
        context.put("textLang", petition.textLanguage(language).code());
        context.put("total", count.total());
        context.put("countText", countText(messages, count));
        petition.goal().ifPresent(goal -> {
            context.put("goal", goal);
            context.put("goalText", messages.get("goal_progress", count.total(), goal));
        });
        context.put("share", ShareLinks.of(messages, petition.text(language).title(), petitionUrl));
        context.put("backHref", "/petitions/" + petition.id() + "?lang=" + language.code());
        destination.ifPresent(place -> context.put("destination", DestinationText.of(messages, place)));
        context.put("deliveriesHref", Links.deliveriesPath(petition.id(), language));
        return Templates.render("thank-you", context);
    }

    /** A refusal or failure, in words for people. */
    public static String error(Language language, Message message) {
        Messages messages = Messages.of(language);
        Map<String, Object> context = base(messages, messages.get("error_title"));
        context.put("heading", messages.get("error_title"));
        context.put("paragraphs", List.of(messages.get(message)));
        return Templates.render("message", context);
    }

    /** A page with a heading and paragraphs given as message keys (expired or invalid links). */
    public static String notice(Language language, String headingKey, String bodyKey, Optional<String> backHref) {
        Messages messages = Messages.of(language);
        Map<String, Object> context = base(messages, messages.get(headingKey));
        context.put("heading", messages.get(headingKey));
        context.put("paragraphs", List.of(messages.get(bodyKey)));
        backHref.ifPresent(href -> context.put("backHref", href));
        return Templates.render("message", context);
    }

    public static String countText(Messages messages, PetitionCount count) {
        return messages.get("signatures_count", count.total());
    }

    /**
     * What every page's layout needs: the words, the language, the title and the asset paths.
     * Public for pages rendered by other functions (THE LIST's search page).
     */
    public static Map<String, Object> base(Messages messages, String pageTitle) {
        Map<String, Object> context = new HashMap<>();
        context.put("t", messages.all());
        context.put("lang", messages.language().code());
        context.put("pageTitle", pageTitle);
        context.put("documentTitle", pageTitle + " · " + messages.get("site_name"));
        context.put("stylesheet", Assets.path(Assets.STYLESHEET));
        context.put("scriptPath", Assets.path(Assets.SCRIPT));
        context.put("languages", List.of());
        return context;
    }

    /** The visible language switcher; {@code href} gives the link to the same page in another language. */
    public static void addLanguageSwitcher(Map<String, Object> context, Messages messages, Function<Language, String> href) {
        List<Map<String, Object>> languages = new ArrayList<>();
        for (Language language : Language.values()) {
            languages.add(Map.of("code", language.code(), "name", language.nativeName(), "href", href.apply(language),
                    "current", language == messages.language()));
        }
        context.put("languages", languages);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
