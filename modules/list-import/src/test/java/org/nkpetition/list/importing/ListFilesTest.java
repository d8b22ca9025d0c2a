package org.nkpetition.list.importing;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkpetition.list.entry.RowError;

/** Reading CSV and JSON list files: every problem reported at the line where it is. */
class ListFilesTest {
    private static final String HEADER = "id,names,gender,birth_year,category,status,status_date,event_date,event_place,"
            + "detention_place,notes_en,notes_ko,notes_es,sources,consent\n";

    private static List<String> errors(ParsedList parsed) {
        return parsed.errors().stream().map(RowError::toString).toList();
    }

    @Test
    void readsTheDocumentedCsvWithQuotedMultiLineCellsAndABom() {
        String csv = "\uFEFF" + HEADER
                + "a-1,리설화;Ri Sol Hwa,F,1994,refugee,detained,2025-03,2025-02,\"Yanji, Jilin\",,\"Line one\nline two\",,,"
                + "https://example.org/a,true\n"
                + "\n"
                + "a-2,Pak Tong Chol,,,,,,,,,,,,,false\n";
        ParsedList parsed = CsvListFile.parse(csv);
        assertTrue(parsed.valid(), errors(parsed).toString());
        assertEquals(2, parsed.rows());
        assertEquals("Yanji, Jilin", parsed.entries().get(0).eventPlace().get(org.nkpetition.domain.Language.EN).orElseThrow());
        assertEquals("Line one\nline two", parsed.entries().get(0).notes().values().iterator().next());
        assertFalse(parsed.entries().get(1).consent());
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeMissing() {
        ParsedList parsed = CsvListFile.parse("consent,names,ID\ntrue,Kim Sol,k-1\n");
        assertTrue(parsed.valid(), errors(parsed).toString());
        assertEquals("k-1", parsed.entries().get(0).id());
    }

    @Test
    void badRowsAreReportedWithTheLineTheyStartOn() {
        String csv = HEADER
                + "a-1,Kim,,,,,,,,,\"a note\nover two lines\",,,,true\n"
                + "a-2,,,,,,,,,,,,,,true\n"
                + "a-3,Lee,X,,refugee,gone,,,,,,,,,maybe\n"
                + "a-1,Park,,,,,,,,,,,,,true\n"
                + "a-5,Choi,,,,,,,,,,,,,true,extra\n";
        ParsedList parsed = CsvListFile.parse(csv);
        assertEquals(List.of(
                "line 4, names: at least one name is required",
                "line 5, status: must be one of detained, repatriated, released, third-country, deceased, unknown or empty",
                "line 5, consent: must be true or false",
                "line 6, id: 'a-1' is already used on line 2",
                "line 7: has 16 cells but the header names 15 columns"), errors(parsed));
        assertEquals(5, parsed.rows());
    }

    @Test
    void aBadHeaderOrMalformedCsvIsOneErrorForTheFile() {
        assertEquals(List.of("line 1: unknown column 'satus' in the header; the columns are "
                + String.join(",", org.nkpetition.list.entry.EntryFields.COLUMNS)),
                errors(CsvListFile.parse("id,names,satus,consent\n")));
        assertEquals(List.of("line 1: the header lacks the required column(s) consent"), errors(CsvListFile.parse("id,names\n")));
        assertEquals(List.of("line 1: column 'id' appears twice in the header"), errors(CsvListFile.parse("id,names,id,consent\n")));
        assertTrue(errors(CsvListFile.parse("")).get(0).startsWith("line 1: the file is empty"));
        List<String> unclosed = errors(CsvListFile.parse("id,names,consent\na,\"Kim,true\nb,Lee,true\n"));
        assertEquals(1, unclosed.size());
        assertTrue(unclosed.get(0).contains("malformed CSV"), unclosed.toString());
    }

    @Test
    void readsTheSameEntriesAsJson() {
        String json = """
                [
                  {"id": "a-1", "names": ["리설화", "Ri Sol Hwa"], "birth_year": 1994, "category": "refugee",
                   "notes_en": "Line one\\nline two", "sources": ["https://example.org/a"], "consent": true},
                  {"id": "a-2", "names": "Pak Tong Chol", "consent": false}
                ]
                """;
        ParsedList parsed = JsonListFile.parse(json);
        assertTrue(parsed.valid(), errors(parsed).toString());
        assertEquals(List.of("리설화", "Ri Sol Hwa"), parsed.entries().get(0).names());
        assertEquals(1994, parsed.entries().get(0).birthYear().getAsInt());
    }

    @Test
    void badJsonObjectsAreReportedWithTheirLine() {
        String json = """
                [
                  {"id": "a-1", "names": ["Kim"], "consent": true},
                  {"id": "a-2", "names": ["Lee"], "consent": "yes", "colour": "red"},
                  "a-3",
                  {"id": "a-1", "names": {"en": "Kim"}, "consent": true}
                ]
                """;
        assertEquals(List.of("line 3, colour: is not a field of the list format", "line 3, consent: must be true or false",
                "line 4: is not an entry object", "line 5, names: must be a text or a list of texts"),
                errors(JsonListFile.parse(json)));
        assertEquals(List.of("line 1: a JSON list file is an array of entry objects: [{\"id\": …}, …]"),
                errors(JsonListFile.parse("{\"id\": \"a\"}")));
        assertTrue(errors(JsonListFile.parse("[{\"id\": \"a\",")).get(0).contains("malformed JSON"));
    }

    @Test
    void theFormatFollowsTheExtensionOrTheFirstCharacter() {
        assertTrue(ListFiles.parse("list.JSON", "[]").valid());
        assertTrue(ListFiles.parse("list.txt", "  [ ]").valid());
        assertTrue(ListFiles.parse("list", "id,names,consent\n").valid());
    }

    @Test
    void anExportReadsBackAsTheSameEntriesInBothFormats() throws Exception {
        String csv = HEADER
                + "a-1,\"리설화;Ri Sol Hwa;李雪花\",F,1994,refugee,detained,2025-03,2025-02-11,\"Yanji, \"\"north\"\"\",Tumen,"
                + "\"Line one\nline two\",한국어,Español,https://example.org/a;Report,true\n"
                + "a-2,Kim,,,,,,,,,,,,,true\n";
        List<org.nkpetition.list.entry.ListEntry> entries = CsvListFile.parse(csv).entries();
        StringWriter asCsv = new StringWriter();
        ListExport.csv(entries, asCsv);
        assertEquals(entries, CsvListFile.parse(asCsv.toString()).entries());
        StringWriter asJson = new StringWriter();
        ListExport.json(entries, asJson);
        assertEquals(entries, JsonListFile.parse(asJson.toString()).entries());
    }
}
