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
import org.nkpetition.list.names.Script;
import org.nkpetition.list.names.WrittenName;

/** Reads every name form of every entry and files its readings under their keys and spellings. */
final class IndexBuilder {
    private final List<ListEntry> entries = new ArrayList<>();
    private final Map<String, ListEntry> byId = new HashMap<>();
    private final Map<String, List<IndexedReading>> byFullName = new HashMap<>();
    /** Surname key → (surname part) → the readings: the groups of {@link SurnameGroup}. */
    private final Map<String, Map<IndexedPart, List<IndexedReading>>> bySurname = new HashMap<>();
    private final Map<String, List<IndexedReading>> byGivenName = new HashMap<>();
    // Many people share a surname or a given name: each part is worked out once and shared.
    private final Map<NamePart, IndexedPart> surnames = new HashMap<>();
    private final Map<NamePart, IndexedPart> givens = new HashMap<>();
    private final List<IndexedPart> surnameList = new ArrayList<>();
    private final List<IndexedPart> givenList = new ArrayList<>();
    private final List<List<IndexedReading>> readingsByGiven = new ArrayList<>();
    private final Map<Set<String>, Set<String>> sharedSpellings = new HashMap<>();
    private final List<List<IndexedReading>> hangulReadings = new ArrayList<>();

    void add(ListEntry entry) {
        int index = entries.size();
        entries.add(entry);
        byId.put(entry.id(), entry);
        hangulReadings.add(new ArrayList<>(1));
        List<List<NameReading>> readings = entry.names().stream()
                .map(name -> NameReadings.ofListedName(WrittenName.of(name))).toList();
        List<NameReading> hangul = readings.stream().flatMap(List::stream).filter(IndexBuilder::isHangul).toList();
        for (int form = 0; form < readings.size(); form++) {
            for (NameReading reading : consistent(readings.get(form), hangul)) {
                add(index, form, reading);
            }
        }
    }

    /**
     * The readings of a Latin name form that agree with the person's Hangul name, if any do: "Ji Min"
     * for 지민 is Ji + Min, not Min + Ji, though both are surnames. A form no reading of which agrees
     * (an English name: "Grace Han" for 한은혜) keeps all its readings.
     */
    private List<NameReading> consistent(List<NameReading> readings, List<NameReading> hangul) {
        if (hangul.isEmpty() || readings.size() < 2) {
            return readings;
        }
        List<NameReading> agreeing = readings.stream().filter(reading -> reading.isFull() && hangul.stream().anyMatch(h ->
                PartCorrespondence.surname(reading.surname().get(), part(h.surname().get(), true))
                        && PartCorrespondence.given(reading.given().get(), part(h.given().get(), false))))
                .toList();
        return agreeing.isEmpty() ? readings : agreeing;
    }

    private static boolean isHangul(NameReading reading) {
        return reading.isFull() && reading.surname().get().script() == Script.HANGUL
                && reading.given().get().script() == Script.HANGUL;
    }

    ListIndex build() {
        Map<String, SurnameGroup[]> surnameGroups = new HashMap<>(bySurname.size() * 4 / 3 + 1);
        bySurname.forEach((key, groups) -> surnameGroups.put(key, groups.entrySet().stream()
                .map(group -> group(group.getKey(), group.getValue())).toArray(SurnameGroup[]::new)));
        IndexedReading[][] byGiven = readingsByGiven.stream().map(list -> list.toArray(IndexedReading[]::new))
                .toArray(IndexedReading[][]::new);
        SpellingIndex surnameSpellings = SpellingIndex.of(surnameList.stream().map(p -> p.part.typedForms(p.spellings)).toList());
        SpellingIndex givenSpellings = SpellingIndex.of(givenList.stream().map(p -> p.part.typedForms(p.spellings)).toList());
        return new ListIndex(entries, byId, freeze(byFullName), surnameGroups, freeze(byGivenName),
                new ListIndex.Parts(surnameSpellings, givenSpellings, byGiven,
                        hangulReadings.stream().map(list -> list.toArray(IndexedReading[]::new)).toArray(IndexedReading[][]::new)));
    }

    private void add(int entry, int form, NameReading reading) {
        IndexedPart surname = reading.surname().map(p -> part(p, true)).orElse(null);
        IndexedPart given = reading.given().map(p -> part(p, false)).orElse(null);
        IndexedReading indexed = new IndexedReading(entry, form, surname, given);
        if (indexed.isFull() && surname.part.script() == Script.HANGUL && given.part.script() == Script.HANGUL) {
            hangulReadings.get(entry).add(indexed);
        }
        // Forms of one person often share keys (리설화, Ri Sol Hwa): a key then lists the person once
        // per form, so that each form is scored against the query and the closest one is shown.
        if (surname != null) {
            for (String key : surname.keys) {
                bySurname.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(surname, k -> new ArrayList<>())
                        .add(indexed);
                if (given != null) {
                    for (String givenKey : given.keys) {
                        put(byFullName, key + ListIndex.SEPARATOR + givenKey, indexed);
                    }
                }
            }
        }
        if (given != null) {
            for (String key : given.keys) {
                put(byGivenName, key, indexed);
            }
            readingsByGiven.get(given.id).add(indexed);
        }
    }

    private IndexedPart part(NamePart part, boolean surname) {
        Map<NamePart, IndexedPart> parts = surname ? surnames : givens;
        IndexedPart known = parts.get(part);
        if (known != null) {
            return known;
        }
        List<IndexedPart> list = surname ? surnameList : givenList;
        String[] keys = (surname ? part.surnameKeys() : part.givenKeys()).toArray(String[]::new);
        IndexedPart indexed = new IndexedPart(list.size(), part, keys, shared(part.spellings(surname)));
        list.add(indexed);
        parts.put(part, indexed);
        if (!surname) {
            readingsByGiven.add(new ArrayList<>(2));
        }
        return indexed;
    }

    private static SurnameGroup group(IndexedPart surname, List<IndexedReading> readings) {
        int[] entries = readings.stream().mapToInt(r -> r.entry).toArray();
        int[] forms = readings.stream().mapToInt(r -> r.form).toArray();
        return new SurnameGroup(surname.spellings, surname.part.letters(), entries, forms);
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
