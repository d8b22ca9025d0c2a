package org.nkpetition.petition;

import static org.junit.jupiter.api.Assertions.*;

import java.time.MonthDay;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;

class PetitionJsonTest {
    @Test
    void onlyIdStatusAndEnglishTextAreRequired() {
        Petition petition = PetitionJson.read("{\"id\":\"minimal\",\"status\":\"open\",\"texts\":{\"en\":{\"title\":\"T\"}}}");
        assertTrue(petition.goal().isEmpty());
        assertEquals(ZoneOffset.UTC, petition.timeZone());
        assertEquals(java.util.List.of(MonthDay.of(9, 24), MonthDay.of(12, 10)), petition.deliveryDates());
        assertTrue(petition.recipients().isEmpty());
        assertEquals("T", petition.text(Language.KO).title(), "missing translations fall back to English");
    }

    @Test
    void writingAndReadingBackGivesTheSamePetition() {
        String json = "{\"id\":\"full-one\",\"status\":\"closed\",\"goal\":500,\"texts\":{\"en\":{\"title\":\"T\",\"summary\":\"S\","
                + "\"body\":\"B\"},\"ko\":{\"title\":\"제목\",\"summary\":\"\",\"body\":\"\"}},\"recipients\":[\"R\"],"
                + "\"organisers\":[\"o@example.org\"],\"deliveryDates\":[\"03-01\"],\"timeZone\":\"Asia/Seoul\"}";
        Petition petition = PetitionJson.read(json);
        assertEquals(petition, PetitionJson.read(PetitionJson.write(petition)));
    }

    @Test
    void errorsNameTheField() {
        assertField("id", "{\"id\":\"Bad Id!\",\"status\":\"open\",\"texts\":{\"en\":{\"title\":\"T\"}}}");
        assertField("status", "{\"id\":\"ok-id\",\"status\":\"paused\",\"texts\":{\"en\":{\"title\":\"T\"}}}");
        assertField("texts.en", "{\"id\":\"ok-id\",\"status\":\"open\",\"texts\":{\"ko\":{\"title\":\"T\"}}}");
        assertField("texts.fr", "{\"id\":\"ok-id\",\"status\":\"open\",\"texts\":{\"en\":{\"title\":\"T\"},\"fr\":{\"title\":\"T\"}}}");
        assertField("texts.en.title", "{\"id\":\"ok-id\",\"status\":\"open\",\"texts\":{\"en\":{\"summary\":\"S\"}}}");
        assertField("goal", "{\"id\":\"ok-id\",\"status\":\"open\",\"goal\":-5,\"texts\":{\"en\":{\"title\":\"T\"}}}");
        assertField("deliveryDates", "{\"id\":\"ok-id\",\"status\":\"open\",\"deliveryDates\":[\"24 Sep\"],\"texts\":{\"en\":{\"title\":\"T\"}}}");
        assertField("timeZone", "{\"id\":\"ok-id\",\"status\":\"open\",\"timeZone\":\"Mars/Base\",\"texts\":{\"en\":{\"title\":\"T\"}}}");
        assertField("(file)", "not json");
    }

    private static void assertField(String field, String json) {
        InvalidPetitionException error = assertThrows(InvalidPetitionException.class, () -> PetitionJson.read(json));
        assertEquals(field, error.field());
    }
}
