package org.nkpetition.list.lookup;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.nkpetition.domain.Language;
import org.nkpetition.http.HttpProblem;
import org.nkpetition.http.HttpRequest;
import org.nkpetition.http.HttpResponses;
import org.nkpetition.http.Reply;
import org.nkpetition.i18n.Messages;
import org.nkpetition.list.entry.Category;
import org.nkpetition.list.entry.EntryStatus;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.search.ListIndex;
import org.nkpetition.list.search.SearchQuery;
import org.nkpetition.list.search.SearchResult;
import org.nkpetition.web.Pages;
import org.nkpetition.templates.Templates;

/**
 * THE LIST's search page, for browsers ({@code GET /list} with Accept: text/html): the search form,
 * then the people found, or the refusal next to the field that caused it, in the page's language.
 * The query rules are the JSON API's own (the handler passes its parser in).
 */
final class SearchPage {
    /** Fields of the form; a refusal about anything else (limit) points at the name field. */
    private static final List<String> FIELDS = List.of("q", "status", "category");

    private SearchPage() {
    }

    static Reply reply(HttpRequest request, ListIndex index, Function<HttpRequest, SearchQuery> parse) {
        Messages messages = Messages.of(request.language());
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            values.put(field, request.query(field).orElse(""));
        }
        Map<String, Object> context = Pages.base(messages, messages.get("list_page_title"));
        Pages.addLanguageSwitcher(context, messages, language -> switchHref(values, language));
        context.put("query", values.get("q"));
        context.put("statusOptions", options(values.get("status"), EntryStatus.values(), EntryStatus::code,
                status -> messages.get(status.messageKey())));
        context.put("categoryOptions", options(values.get("category"), Category.values(), Category::code,
                category -> messages.get(category.messageKey())));
        if (values.values().stream().allMatch(String::isBlank)) {
            // Arriving from a link: just the form, nothing refused yet.
            return render(context, 200, Map.of(), messages, "search_page");
        }
        try {
            SearchResult result = index.search(parse.apply(request));
            context.put("searched", true);
            context.put("resultsText", messages.get("list_page_results", result.total()));
            if (result.total() > result.hits().size()) {
                context.put("moreText", messages.get("list_page_results_shown", result.hits().size()));
            }
            context.put("hits", result.hits().stream().map(hit -> hit(hit.entry(), messages)).toList());
            return render(context, 200, Map.of(), messages, result.total() == 0 ? "no_match" : "found");
        } catch (HttpProblem refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            // The limit only comes from hand-made URLs; its message still shows, at the name field.
            refused.fields().forEach((field, message) -> errors.merge(FIELDS.contains(field) ? field : "q",
                    messages.get(message), (first, second) -> first + " " + second));
            if (errors.isEmpty()) {
                errors.put("q", messages.get(refused.message()));
            }
            return render(context, refused.status(), errors, messages, refused.code());
        }
    }

    private static Reply render(Map<String, Object> context, int status, Map<String, String> errors, Messages messages,
            String outcome) {
        context.put("hasErrors", !errors.isEmpty());
        List<Map<String, String>> summary = new ArrayList<>();
        errors.forEach((field, message) -> summary.add(Map.of("target", field,
                "label", messages.get("list_page_" + field + "_label"), "message", message)));
        context.put("errorList", summary);
        for (String field : FIELDS) {
            context.put(field + "Error", errors.getOrDefault(field, ""));
        }
        return new Reply(HttpResponses.html(status, Templates.render("list-search", context)), outcome);
    }

    /** One person found: every written form of the name, marked with its language, and what is known. */
    private static Map<String, Object> hit(ListEntry entry, Messages messages) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", entry.id());
        view.put("heading", name(entry.names().get(0)));
        view.put("names", entry.names().stream().map(SearchPage::name).toList());
        List<Map<String, Object>> facts = new ArrayList<>();
        entry.category().ifPresent(c -> facts.add(fact(messages, "category", messages.get(c.messageKey()))));
        entry.status().ifPresent(s -> facts.add(fact(messages, "status", messages.get(s.messageKey())
                + entry.statusDate().map(d -> " (" + d.text() + ")").orElse(""))));
        entry.birthYear().ifPresent(year -> facts.add(fact(messages, "birth_year", Integer.toString(year))));
        List<String> event = new ArrayList<>();
        entry.eventDate().ifPresent(date -> event.add(date.text()));
        entry.eventPlace().in(messages.language()).ifPresent(place -> event.add(place.getValue()));
        if (!event.isEmpty()) {
            facts.add(fact(messages, "event", String.join(", ", event)));
        }
        entry.detentionPlace().in(messages.language())
                .ifPresent(place -> facts.add(fact(messages, "detention_place", place.getValue())));
        view.put("facts", facts);
        entry.notesIn(messages.language()).ifPresent(notes -> {
            view.put("notes", notes.getValue());
            view.put("notesLang", notes.getKey().code());
        });
        view.put("sources", entry.sources().stream().map(SearchPage::source).toList());
        return view;
    }

    private static Map<String, Object> fact(Messages messages, String key, String value) {
        return Map.of("label", messages.get("list_page_field_" + key), "value", value);
    }

    /** A source is a link only when it is a web address: never a javascript: or data: URL from an import file. */
    private static Map<String, Object> source(String source) {
        boolean web = source.startsWith("https://") || source.startsWith("http://");
        return Map.of("text", source, "isLink", web);
    }

    /** A name with the language screen readers should read it in: Hangul as Korean, Chinese characters as Chinese. */
    private static Map<String, Object> name(String name) {
        Optional<String> lang = name.codePoints()
                .mapToObj(Character.UnicodeScript::of)
                .filter(script -> script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN)
                .findFirst()
                .map(script -> script == Character.UnicodeScript.HANGUL ? "ko" : "zh");
        return Map.of("text", name, "lang", lang.orElse(""));
    }

    private static <T> List<Map<String, Object>> options(String chosen, T[] values, Function<T, String> code,
            Function<T, String> label) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (T value : values) {
            options.add(Map.of("code", code.apply(value), "label", label.apply(value), "selected", code.apply(value).equals(chosen)));
        }
        return options;
    }

    /** The same search in another language: the query stays, only ?lang= changes. */
    private static String switchHref(Map<String, String> values, Language language) {
        StringBuilder href = new StringBuilder("?");
        values.forEach((field, value) -> {
            if (!value.isBlank()) {
                href.append(field).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return href.append("lang=").append(language.code()).toString();
    }
}
