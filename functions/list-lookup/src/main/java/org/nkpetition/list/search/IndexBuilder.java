package org.nkpetition.list.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.names.NamePart;
import org.nkpetition.list.names.NameReading;
import org.nkpetition.list.names.NameReadings;
import org.nkpetition.list.names.WrittenName;

/** Reads every name form of every entry and files its readings under their keys. */
final class IndexBuilder {
    private final List<ListEntry> entries = new ArrayList<>();
    private final Map<String, ListEntry> byId = new HashMap<>();
    private final Map<String, List<IndexedReading>> byFullName = new HashMap<>();
    /** Surname key → (spelling set, letters) → the readings: the groups of {@link SurnameGroup}. */
    private final Map<String, Map<List<Object>, List<IndexedReading>>> bySurname = new HashMap<>();
    private final Map<String, List<IndexedReading>> byGivenName = new HashMap<>();
    // Many people share a surname or a given name: work each part out once, and share the results.
    private final Map<NamePart, String[]> surnameKeys = new HashMap<>();
    private final Map<NamePart, String[]> givenKeys = new HashMap<>();
    private final Map<NamePart, Set<String>> surnameSpellings = new HashMap<>();
    private final Map<NamePart, Set<String>> givenSpellings = new HashMap<>();
    private final Map<Set<String>, Set<String>> sharedSpellings = new HashMap<>();

    void add(ListEntry entry) {
        int index = entries.size();
        entries.add(entry);
        byId.put(entry.id(), entry);
        for (int form = 0; form < entry.names().size(); form++) {
            for (NameReading reading : NameReadings.ofListedName(WrittenName.of(entry.names().get(form)))) {
                add(index, form, reading);
            }
        }
    }

    ListIndex build() {
        Map<String, SurnameGroup[]> surnameGroups = new HashMap<>(bySurname.size() * 4 / 3 + 1);
        bySurname.forEach((key, groups) -> surnameGroups.put(key, groups.values().stream().map(IndexBuilder::group)
                .toArray(SurnameGroup[]::new)));
        return new ListIndex(entries, byId, freeze(byFullName), surnameGroups, freeze(byGivenName));
    }

    private void add(int entry, int form, NameReading reading) {
        String[] surnames = reading.surname().map(p -> surnameKeys.computeIfAbsent(p,
                part -> part.surnameKeys().toArray(String[]::new))).orElse(IndexedReading.NONE);
        String[] givens = reading.given().map(p -> givenKeys.computeIfAbsent(p,
                part -> part.givenKeys().toArray(String[]::new))).orElse(IndexedReading.NONE);
        IndexedReading indexed = new IndexedReading(entry, form, surnames, givens,
                reading.surname().map(p -> surnameSpellings.computeIfAbsent(p, part -> shared(part.spellings(true))))
                        .orElse(Set.of()),
                reading.given().map(p -> givenSpellings.computeIfAbsent(p, part -> shared(part.spellings(false))))
                        .orElse(Set.of()),
                reading.surname().map(NamePart::letters).orElse(""), reading.given().map(NamePart::letters).orElse(""));
        // Forms of one person often share keys (리설화, Ri Sol Hwa): a key then lists the person once
        // per form, so that each form is scored against the query and the closest one is shown.
        for (String surname : surnames) {
            // Spelling sets are shared objects: grouping by identity-equal sets and letters is exact.
            bySurname.computeIfAbsent(surname, k -> new HashMap<>())
                    .computeIfAbsent(List.of(indexed.surnameSpellings, indexed.surnameLetters), k -> new ArrayList<>())
                    .add(indexed);
            for (String given : givens) {
                put(byFullName, surname + ListIndex.SEPARATOR + given, indexed);
            }
        }
        for (String given : givens) {
            put(byGivenName, given, indexed);
        }
    }

    private static SurnameGroup group(List<IndexedReading> readings) {
        int[] entries = readings.stream().mapToInt(r -> r.entry).toArray();
        int[] forms = readings.stream().mapToInt(r -> r.form).toArray();
        return new SurnameGroup(readings.get(0).surnameSpellings, readings.get(0).surnameLetters, entries, forms);
    }

    private static void put(Map<String, List<IndexedReading>> map, String key, IndexedReading reading) {
        map.computeIfAbsent(key, k -> new ArrayList<>(2)).add(reading);
    }

    private Set<String> shared(Set<String> spellings) {
        return sharedSpellings.computeIfAbsent(Set.copyOf(spellings), s -> s);
    }

    private static Map<String, List<IndexedReading>> freeze(Map<String, List<IndexedReading>> map) {
        Map<String, List<IndexedReading>> frozen = new HashMap<>(map.size() * 4 / 3 + 1);
        map.forEach((key, readings) -> frozen.put(key, List.copyOf(readings)));
        return frozen;
    }
}
