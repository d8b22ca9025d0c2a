package org.nkpetition.list.lookup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nkpetition.domain.Language;
import org.nkpetition.i18n.Messages;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.names.Romanizations;
import org.nkpetition.list.search.SearchResult;

/** An entry as the API shows it, with category, status and notes in the request's language. */
final class EntryView {
    private EntryView() {
    }

    static Map<String, Object> result(SearchResult.Hit hit, Messages messages) {
        Map<String, Object> view = fields(hit.entry(), messages);
        view.put("matchedName", hit.matchedName());
        view.put("score", hit.score());
        return view;
    }

    /** One entry on its own, with the romanizations of its Hangul names (how else to search for it). */
    static Map<String, Object> entry(ListEntry entry, Messages messages) {
        Map<String, Object> view = fields(entry, messages);
        List<Map<String, String>> romanizations = new ArrayList<>();
        for (String name : entry.names()) {
            Romanizations.of(name).ifPresent(romanizations::add);
        }
        view.put("romanizations", romanizations);
        return view;
    }

    private static Map<String, Object> fields(ListEntry entry, Messages messages) {
        Language language = messages.language();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", entry.id());
        view.put("names", entry.names());
        view.put("category", entry.category().map(c -> c.code()).orElse(null));
        view.put("categoryLabel", entry.category().map(c -> messages.get(c.messageKey())).orElse(null));
        view.put("status", entry.status().map(s -> s.code()).orElse(null));
        view.put("statusLabel", entry.status().map(s -> messages.get(s.messageKey())).orElse(null));
        view.put("statusDate", entry.statusDate().map(d -> d.text()).orElse(null));
        view.put("gender", entry.gender().map(Enum::name).orElse(null));
        view.put("birthYear", entry.birthYear().isPresent() ? entry.birthYear().getAsInt() : null);
        view.put("eventDate", entry.eventDate().map(d -> d.text()).orElse(null));
        var eventPlace = entry.eventPlace().in(language);
        view.put("eventPlace", eventPlace.map(Map.Entry::getValue).orElse(null));
        view.put("eventPlaceLang", eventPlace.map(p -> p.getKey().code()).orElse(null));
        var detentionPlace = entry.detentionPlace().in(language);
        view.put("detentionPlace", detentionPlace.map(Map.Entry::getValue).orElse(null));
        view.put("detentionPlaceLang", detentionPlace.map(p -> p.getKey().code()).orElse(null));
        var notes = entry.notesIn(language);
        view.put("notes", notes.map(Map.Entry::getValue).orElse(null));
        view.put("notesLang", notes.map(n -> n.getKey().code()).orElse(null));
        view.put("sources", entry.sources());
        return view;
    }
}
