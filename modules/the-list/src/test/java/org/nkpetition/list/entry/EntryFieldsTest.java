package org.nkpetition.list.entry;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;

/** The checks every import row, JSON object and stored item goes through. */
class EntryFieldsTest {

    private static Map<String, Object> row(String... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    private static List<String> problems(Map<String, Object> values) {
        return EntryFields.parse(7, values).errors().stream().map(e -> e.field() + ": " + e.message()).toList();
    }

    @Test
    void aCompleteRowBecomesAnEntry() {
        EntryFields.Result result = EntryFields.parse(2, row("id", "a-1", "names", " 리설화 ; Ri Sol Hwa ;", "gender", "f",
                "birth_year", "1994", "category", "Refugee", "status", "third-country", "status_date", "2025-03",
                "event_date", "2025-02-11", "event_place", "Yanji", "detention_place", "Tumen", "notes_en", "Note",
                "notes_es", "Nota", "sources", "https://example.org/1;Report", "consent", "TRUE"));
        assertTrue(result.ok(), result.errors().toString());
        ListEntry entry = result.entry().orElseThrow();
        assertEquals(List.of("리설화", "Ri Sol Hwa"), entry.names());
        assertEquals(Gender.F, entry.gender().orElseThrow());
        assertEquals(1994, entry.birthYear().getAsInt());
        assertEquals(Category.REFUGEE, entry.category().orElseThrow());
        assertEquals(EntryStatus.THIRD_COUNTRY, entry.status().orElseThrow());
        assertEquals("2025-02-11", entry.eventDate().orElseThrow().text());
        assertEquals(Map.of(Language.EN, "Note", Language.ES, "Nota"), entry.notes());
        assertEquals(List.of("https://example.org/1", "Report"), entry.sources());
        assertTrue(entry.consent());
    }

    @Test
    void onlyIdNamesAndConsentAreRequired() {
        assertTrue(EntryFields.parse(1, row("id", "x", "names", "Kim", "consent", "false")).ok());
        assertEquals(List.of("id: is required", "names: at least one name is required", "consent: is required"),
                problems(row("names", " ; ", "notes_en", "n")));
    }

    @Test
    void everyBadFieldIsReportedWithTheRowsLine() {
        List<RowError> errors = EntryFields.parse(7, row("id", "bad id!", "names", "Kim", "gender", "W", "birth_year", "19x4",
                "category", "soldier", "status", "free", "status_date", "2025-13", "event_date", "2025-02-30",
                "consent", "yes")).errors();
        assertEquals(List.of("id", "gender", "birth_year", "category", "status", "status_date", "event_date", "consent"),
                errors.stream().map(RowError::field).toList());
        assertTrue(errors.stream().allMatch(e -> e.line() == 7));
        assertEquals("line 7, consent: must be true or false", errors.get(7).toString());
    }

    @Test
    void textsAreBoundedAndNamesAreOneLine() {
        assertEquals(List.of("names: has a value with line breaks or control characters"),
                problems(row("id", "x", "names", "Kim\nSol", "consent", "true")));
        assertEquals(List.of("notes_ko: is longer than " + EntryFields.MAX_NOTES_LENGTH + " characters"),
                problems(row("id", "x", "names", "Kim", "notes_ko", "가".repeat(EntryFields.MAX_NOTES_LENGTH + 1),
                        "consent", "true")));
        assertTrue(EntryFields.parse(1, row("id", "x", "names", "Kim", "notes_en", "two\nlines", "consent", "true")).ok());
        assertEquals(List.of("birth_year: must be a year from 1900 to " + java.time.Year.now(java.time.ZoneOffset.UTC).getValue()
                + ", or empty"), problems(row("id", "x", "names", "Kim", "birth_year", "1850", "consent", "true")));
    }

    @Test
    void jsonListsAreTakenAsTheyAreButMayNotHoldTheSeparator() {
        Map<String, Object> values = row("id", "x", "consent", "true");
        values.put("names", List.of("Kim Sol", "김솔"));
        assertEquals(List.of("Kim Sol", "김솔"), EntryFields.parse(1, values).entry().orElseThrow().names());
        values.put("names", List.of("Kim;Sol"));
        assertEquals(List.of("names: has a value containing ';'"), problems(values));
        values.put("names", List.of(42));
        assertEquals(List.of("names: must be a list of texts"), problems(values));
    }

    @Test
    void partialDatesAreYearsMonthsOrDays() {
        assertTrue(PartialDate.parse("2019").isPresent());
        assertTrue(PartialDate.parse("2019-04").isPresent());
        assertTrue(PartialDate.parse("2024-02-29").isPresent());
        assertTrue(PartialDate.parse("2023-02-29").isEmpty());
        assertTrue(PartialDate.parse("19").isEmpty());
        assertTrue(PartialDate.parse("2019/04").isEmpty());
    }

    @Test
    void notesFallBackToEnglish() {
        ListEntry entry = EntryFields.parse(1, row("id", "x", "names", "Kim", "notes_en", "English", "notes_ko", "한국어",
                "consent", "true")).entry().orElseThrow();
        assertEquals(Map.entry(Language.KO, "한국어"), entry.notesIn(Language.KO).orElseThrow());
        assertEquals(Map.entry(Language.EN, "English"), entry.notesIn(Language.ES).orElseThrow());
    }
}
