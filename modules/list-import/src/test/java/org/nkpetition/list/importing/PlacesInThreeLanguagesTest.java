package org.nkpetition.list.importing;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;
import org.nkpetition.list.entry.EntryJson;
import org.nkpetition.list.entry.ListEntry;

/** Event and detention places in en/ko/es (issue 13): optional columns, a single value still works, fallback to English. */
class PlacesInThreeLanguagesTest {

    @Test
    void aSingleValueIsTheEnglishPlaceAsBefore() {
        ParsedList parsed = CsvListFile.parse("id,names,event_place,detention_place,consent\na-1,Kim Sol,\"Yanji, Jilin\",Tumen,true\n");
        assertTrue(parsed.valid(), parsed.errors().toString());
        ListEntry entry = parsed.entries().get(0);
        assertEquals(Map.of(Language.EN, "Yanji, Jilin"), entry.eventPlace().texts());
        assertEquals("Yanji, Jilin", entry.eventPlace().in(Language.KO).orElseThrow().getValue(), "falls back to English");
        assertEquals(Language.EN, entry.eventPlace().in(Language.ES).orElseThrow().getKey());
        assertEquals("Tumen", entry.detentionPlace().in(Language.EN).orElseThrow().getValue());
    }

    @Test
    void koreanAndSpanishColumnsGiveThePlaceInThoseLanguages() {
        ParsedList parsed = CsvListFile.parse("id,names,consent,event_place,event_place_ko,event_place_es,detention_place,"
                + "detention_place_ko,detention_place_es\n"
                + "a-1,Kim Sol,true,\"Yanji, Jilin Province\",지린성 옌지,\"Yanji, provincia de Jilin\",Tumen border post,"
                + "투먼 변방대,puesto fronterizo de Tumen\n");
        assertTrue(parsed.valid(), parsed.errors().toString());
        ListEntry entry = parsed.entries().get(0);
        assertEquals("지린성 옌지", entry.eventPlace().in(Language.KO).orElseThrow().getValue());
        assertEquals("Yanji, provincia de Jilin", entry.eventPlace().in(Language.ES).orElseThrow().getValue());
        assertEquals("Yanji, Jilin Province", entry.eventPlace().in(Language.EN).orElseThrow().getValue());
        assertEquals("투먼 변방대", entry.detentionPlace().in(Language.KO).orElseThrow().getValue());
    }

    @Test
    void theNewColumnsAreCheckedLikeTheOldOnes() {
        String tooLong = "x".repeat(201);
        ParsedList parsed = CsvListFile.parse("id,names,consent,event_place_ko,detention_place_es\na-1,Kim Sol,true," + tooLong
                + ",\"a\u0007b\"\n");
        assertEquals(List.of("event_place_ko: is longer than 200 characters", "detention_place_es: contains control characters"),
                parsed.errors().stream().map(e -> e.field() + ": " + e.message()).toList());
    }

    @Test
    void exportsAndJsonCarryEveryLanguageAndReimportUnchanged() throws IOException {
        ListEntry entry = CsvListFile.parse("id,names,consent,event_place,event_place_ko,detention_place_es\n"
                + "a-1,Kim Sol,true,Yanji,옌지,Tumen (es)\n").entries().get(0);
        StringWriter csv = new StringWriter();
        ListExport.csv(List.of(entry), csv);
        assertEquals(List.of(entry), CsvListFile.parse(csv.toString()).entries());
        StringWriter json = new StringWriter();
        ListExport.json(List.of(entry), json);
        assertEquals(List.of(entry), JsonListFile.parse(json.toString()).entries());
        assertEquals("옌지", EntryJson.write(entry).get("event_place_ko"));
        assertEquals(entry, EntryJson.read(EntryJson.writeString(entry)).entry().orElseThrow(), "as the store keeps it");
    }
}
