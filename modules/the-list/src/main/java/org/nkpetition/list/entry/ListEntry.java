package org.nkpetition.list.entry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.nkpetition.domain.Language;

/**
 * One person on THE LIST, as an import row describes them (see docs/LIST.md). Only {@code id},
 * {@code names} and {@code consent} are always present. An entry without consent to publish is
 * never stored, indexed or returned.
 *
 * @param names every form of the name as sources wrote it: Hangul, romanizations, Chinese characters
 * @param eventPlace where the person was seized, in en/ko/es (any may be missing)
 * @param detentionPlace where the person is or was held, in en/ko/es
 * @param notes notes per language; English is the fallback for a language without notes
 */
public record ListEntry(
        String id,
        List<String> names,
        Optional<Gender> gender,
        OptionalInt birthYear,
        Optional<Category> category,
        Optional<EntryStatus> status,
        Optional<PartialDate> statusDate,
        Optional<PartialDate> eventDate,
        LocalizedText eventPlace,
        LocalizedText detentionPlace,
        Map<Language, String> notes,
        List<String> sources,
        boolean consent) {

    public ListEntry {
        names = List.copyOf(names);
        notes = notes.isEmpty() ? Map.of() : Map.copyOf(notes);
        sources = List.copyOf(sources);
    }

    /** The notes in the language asked for, else in English, else none; with the language they are in. */
    public Optional<Map.Entry<Language, String>> notesIn(Language language) {
        if (notes.containsKey(language)) {
            return Optional.of(Map.entry(language, notes.get(language)));
        }
        if (notes.containsKey(Language.DEFAULT)) {
            return Optional.of(Map.entry(Language.DEFAULT, notes.get(Language.DEFAULT)));
        }
        return Optional.empty();
    }
}
