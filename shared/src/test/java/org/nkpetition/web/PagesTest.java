package org.nkpetition.web;

import static org.junit.jupiter.api.Assertions.*;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;
import org.nkpetition.i18n.Message;

class PagesTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";
    private static final Petition PETITION = new Petition("p", Petition.Status.OPEN, OptionalLong.of(1000),
            Map.of(Language.EN, new PetitionText("Title " + HOSTILE, "Summary", "Body")), List.of("Recipient"),
            List.of(), Petition.DEFAULT_DELIVERY_DATES, ZoneOffset.UTC);
    private static final PetitionCount COUNT = new PetitionCount("p", 1234, Map.of("KR", 1234L), java.util.Optional.empty());

    @Test
    void hostileInputIsShownAsTextNeverAsMarkup() {
        String page = Pages.petition(PETITION, COUNT, Language.EN,
                new PetitionForm(Map.of("name", HOSTILE, "comment", "\"><script>alert(1)</script>"),
                        Map.of("email", Message.of("error_email"))));
        assertFalse(page.contains(HOSTILE));
        assertFalse(page.contains("<script>alert"));
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(page.contains("value=\"&lt;img src=x onerror=alert(1)&gt;\""));
    }

    @Test
    void untranslatedTextsSayWhichLanguageTheyAreIn() {
        String page = Pages.petition(PETITION, COUNT, Language.KO, PetitionForm.EMPTY);
        assertTrue(page.contains("<html lang=\"ko\">"), "the page chrome is Korean");
        assertTrue(page.contains("<article lang=\"en\">"), "the English-only text is marked as English");
        assertTrue(page.contains("1,234명 서명"));
        assertTrue(page.contains("<progress max=\"1000\" value=\"1234\""));
    }

    @Test
    void aClosedPetitionSaysSoAndOffersNoForm() {
        Petition closed = new Petition("p", Petition.Status.CLOSED, OptionalLong.empty(), PETITION.texts(), List.of(),
                List.of(), Petition.DEFAULT_DELIVERY_DATES, ZoneOffset.UTC);
        String page = Pages.petition(closed, COUNT, Language.ES, PetitionForm.EMPTY);
        assertTrue(page.contains("Esta petición está cerrada y ya no acepta firmas."));
        assertFalse(page.contains("<form"));
    }

    @Test
    void everyLanguageRendersEveryPage() {
        for (Language language : Language.values()) {
            assertFalse(Pages.petition(PETITION, COUNT, language, PetitionForm.EMPTY).contains("{{"));
            assertTrue(Pages.checkEmail(PETITION, language).contains("lang=\"" + language.code() + "\""));
            assertTrue(Pages.confirm(PETITION, language, "tok").contains("name=\"token\" value=\"tok\""));
            assertTrue(Pages.withdraw(PETITION, language, "tok").contains("action=\"/signatures/withdraw\""));
            assertTrue(Pages.unsubscribe(PETITION, language, "tok").contains("action=\"/signatures/unsubscribe\""));
            assertTrue(Pages.confirmed(PETITION, COUNT, language, true, "https://x/p").contains("https://x.com/intent/post"));
            assertTrue(Pages.error(language, Message.of("error_not_found")).contains("<h1>"));
        }
    }
}
