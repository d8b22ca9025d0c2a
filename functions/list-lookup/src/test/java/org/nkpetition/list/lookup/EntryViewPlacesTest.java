package org.nkpetition.list.lookup;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;
import org.nkpetition.i18n.Messages;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.importing.CsvListFile;
import org.nkpetition.list.search.SearchResult;

/** Places in search results and entries come in the request's language, else English (issue 13). */
class EntryViewPlacesTest {
    private static final ListEntry ENTRY = CsvListFile.parse("id,names,consent,event_place,event_place_ko,event_place_es,"
            + "detention_place\na-1,리설화;Ri Sol Hwa,true,\"Yanji, Jilin\",지린성 옌지,\"Yanji, Jilin (es)\",Tumen\n")
            .entries().get(0);

    @Test
    void aResultShowsThePlaceInTheRequestsLanguage() {
        Map<String, Object> korean = EntryView.result(new SearchResult.Hit(ENTRY, 1.0, "리설화"), Messages.of(Language.KO));
        assertEquals("지린성 옌지", korean.get("eventPlace"));
        assertEquals("ko", korean.get("eventPlaceLang"));
        Map<String, Object> spanish = EntryView.entry(ENTRY, Messages.of(Language.ES));
        assertEquals("Yanji, Jilin (es)", spanish.get("eventPlace"));
    }

    @Test
    void aPlaceMissingInTheLanguageFallsBackToEnglish() {
        Map<String, Object> korean = EntryView.entry(ENTRY, Messages.of(Language.KO));
        assertEquals("Tumen", korean.get("detentionPlace"));
        assertEquals("en", korean.get("detentionPlaceLang"));
    }
}
