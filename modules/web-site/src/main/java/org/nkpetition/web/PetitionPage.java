package org.nkpetition.web;

import org.nkpetition.templates.Templates;

import org.nkpetition.links.Links;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;
import org.nkpetition.i18n.Messages;

/** The petition page: its text, the live count and goal, the signing form, privacy note and share links. */
final class PetitionPage {
    private PetitionPage() {
    }

    /** THE LIST's search page (the list-lookup function answers browsers there). */
    static final String SEARCH_PATH = "/list";

    static String render(Petition petition, PetitionCount count, Language language, PetitionForm form, Links links) {
        Messages messages = Messages.of(language);
        PetitionText text = petition.text(language);
        Map<String, Object> context = Pages.base(messages, text.title());
        Pages.addLanguageSwitcher(context, messages, other -> "?lang=" + other.code());
        context.put("script", true);
        context.put("description", text.summary());

        Language textLanguage = petition.textLanguage(language);
        Map<String, Object> shown = new HashMap<>();
        shown.put("title", text.title());
        shown.put("summary", text.summary());
        shown.put("paragraphs", paragraphs(text.body()));
        shown.put("textLang", textLanguage.code());
        // Inside the text's lang="en" article, our own words (count, headings) switch back to the page's language.
        shown.put("translated", textLanguage == language);
        shown.put("recipients", petition.recipients(textLanguage));
        shown.put("total", count.total());
        shown.put("countText", Pages.countText(messages, count));
        shown.put("countUrl", "/petitions/" + petition.id() + "/count");
        shown.put("live", LiveCount.attributes(messages, petition.goal()));
        petition.goal().ifPresent(goal -> {
            shown.put("goal", goal);
            shown.put("goalText", messages.get("goal_progress", count.total(), goal));
        });
        context.put("petition", shown);
        context.put("closed", !petition.isOpen());
        context.put("signAction", "/petitions/" + petition.id() + "/signatures");
        SigningForm.addTo(context, messages, form);
        context.put("share", ShareLinks.of(messages, text.title(), links.petition(petition.id(), language)));
        context.put("searchHref", SEARCH_PATH + "?lang=" + language.code());
        context.put("deliveriesHref", Links.deliveriesPath(petition.id(), language));
        return Templates.render("petition", context);
    }

    /** Paragraphs are separated by blank lines in petition files; single line breaks stay inside them. */
    static List<String> paragraphs(String body) {
        return Arrays.stream(body.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }
}
