package org.nkpetition.web;

import org.nkpetition.links.Links;

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
    private static final Links LINKS = new Links("https://petition.example.org");
    private static final PetitionCount COUNT = new PetitionCount("p", 1234, Map.of("KR", 1234L), java.util.Optional.empty());

    @Test
    void hostileInputIsShownAsTextNeverAsMarkup() {
        String page = Pages.petition(PETITION, COUNT, Language.EN,
                new PetitionForm(Map.of("name", HOSTILE, "comment", "\"><script>alert(1)</script>"),
                        Map.of("email", Message.of("error_email"))), LINKS);
        assertFalse(page.contains(HOSTILE));
        assertFalse(page.contains("<script>alert"));
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(page.contains("value=\"&lt;img src=x onerror=alert(1)&gt;\""));
    }

    @Test
    void untranslatedTextsSayWhichLanguageTheyAreIn() {
        String page = Pages.petition(PETITION, COUNT, Language.KO, PetitionForm.EMPTY, LINKS);
        assertTrue(page.contains("<html lang=\"ko\">"), "the page chrome is Korean");
        assertTrue(page.contains("<article lang=\"en\""), "the English-only text is marked as English");
        assertTrue(page.contains("<div class=\"tally\" lang=\"ko\">"), "our own words inside it are marked Korean again");
        assertTrue(page.contains("1,234명 서명"));
        assertTrue(page.contains("<progress max=\"1000\" value=\"1234\""));
    }

    @Test
    void theDemoPetitionPageInJapanese() throws Exception {
        Petition demo = org.nkpetition.petition.PetitionJson.read(java.nio.file.Files.readString(
                java.nio.file.Path.of("..", "..", "tools", "dev-server", "seed", "petitions", "stop-forced-repatriation.json")));
        Language japanese = Language.fromCode("ja").orElseThrow();
        String page = Pages.petition(demo, COUNT, japanese, PetitionForm.EMPTY, LINKS);
        assertTrue(page.contains("<html lang=\"ja\">"));
        assertTrue(page.contains("<article lang=\"ja\""), "the petition has a Japanese text");
        assertTrue(page.contains("北朝鮮難民の強制送還をやめてください"));
        assertTrue(page.contains("署名 1,234 件"), "the count in Japanese");
        assertTrue(page.contains("宛先"), "the recipients heading");
        assertTrue(page.contains("中華人民共和国国家主席 習近平 閣下"), "the recipients as the organisers wrote them in Japanese");
        assertFalse(page.contains("Xi Jinping, President"), "not the English recipients");
        assertTrue(page.contains("請願に署名する"));
        assertTrue(page.contains("日本語"), "the language switcher lists Japanese");
        // Korean recipients on the Korean page (the petition file's texts.ko.recipients), no longer English.
        assertTrue(Pages.petition(demo, COUNT, Language.KO, PetitionForm.EMPTY, LINKS).contains("시진핑 중화인민공화국 주석"));
    }

    @Test
    void aClosedPetitionSaysSoAndOffersNoForm() {
        Petition closed = new Petition("p", Petition.Status.CLOSED, OptionalLong.empty(), PETITION.texts(), List.of(),
                List.of(), Petition.DEFAULT_DELIVERY_DATES, ZoneOffset.UTC);
        String page = Pages.petition(closed, COUNT, Language.ES, PetitionForm.EMPTY, LINKS);
        assertTrue(page.contains("Esta petición está cerrada y ya no acepta firmas."));
        assertFalse(page.contains("<form"));
    }

    @Test
    void fieldErrorsAreTiedToTheirFieldsAndListedInPageOrder() {
        // The validator's order does not matter: the summary follows the page.
        Map<String, Message> errors = new java.util.LinkedHashMap<>();
        errors.put("consent", Message.of("error_consent"));
        errors.put("email", Message.of("error_email"));
        errors.put("name", Message.of("error_required"));
        String page = Pages.petition(PETITION, COUNT, Language.EN, new PetitionForm(Map.of("email", "a@b"), errors), LINKS);
        int name = page.indexOf("<a href=\"#name\">Your name: This field is required.</a>");
        int email = page.indexOf("<a href=\"#email\">Email address: Enter an email address");
        int consent = page.indexOf("<a href=\"#consent\">Your agreement: Please agree");
        assertTrue(name > 0 && name < email && email < consent, "summary in page order");
        assertTrue(page.contains("<title>Error: Title"), "the title says the page has errors");
        assertTrue(page.contains("id=\"errors\" tabindex=\"-1\" aria-labelledby=\"errors-heading\" autofocus>"));
        assertTrue(page.contains("<p class=\"error\" id=\"email-error\"><span class=\"visually-hidden\">Error:</span> "
                + "Enter an email address such as name@example.org.</p>"));
        assertTrue(page.contains("aria-invalid=\"true\" aria-describedby=\"email-hint email-error\""));
        assertTrue(page.contains("aria-invalid=\"true\" aria-describedby=\"consent-error\""));
        assertTrue(page.contains("value=\"a@b\""));
    }

    @Test
    void aBlankFormHasAHiddenEmptySummaryAndNoInvalidFields() {
        String page = Pages.petition(PETITION, COUNT, Language.EN, PetitionForm.EMPTY, LINKS);
        assertTrue(page.contains("aria-labelledby=\"errors-heading\" hidden>"));
        assertFalse(page.contains("aria-invalid"));
        assertFalse(page.contains("aria-describedby=\"\""), "no empty descriptions");
        assertTrue(page.contains("<title>Title &lt;img"), "no error prefix");
    }

    @Test
    void theBodyIsSplitIntoParagraphsAtBlankLines() {
        assertEquals(java.util.List.of("One\nline two", "Two", "Three"),
                PetitionPage.paragraphs("One\nline two\n\nTwo\r\n\r\n\n  \nThree\n"));
    }

    @Test
    void pagesUseOnlyTheVersionedAssetsAndNoInlineStyleOrScript() {
        // A harmless title, so that any "onclick=" found below is our markup, not escaped text.
        Petition plain = new Petition("p", Petition.Status.OPEN, OptionalLong.of(1000),
                Map.of(Language.EN, new PetitionText("Title", "Summary", "Body")), List.of(), List.of(),
                Petition.DEFAULT_DELIVERY_DATES, ZoneOffset.UTC);
        for (Language language : Language.values()) {
            for (String page : java.util.List.of(Pages.petition(plain, COUNT, language, PetitionForm.EMPTY, LINKS),
                    Pages.confirm(plain, language, "tok"), Pages.confirmed(plain, COUNT, language, true, "https://x/p"),
                    Pages.checkEmail(plain, language), Pages.error(language, Message.of("error_not_found")))) {
                assertTrue(page.contains("<link rel=\"stylesheet\" href=\"" + Assets.path(Assets.STYLESHEET) + "\">"));
                assertFalse(page.contains("<style") || page.contains(" style=\"") || page.contains("<script>"));
                assertFalse(page.matches("(?s).*<[^>]*\\son[a-z]+=.*"), "no inline event handler attribute");
            }
        }
    }

    @Test
    void linkPagesSwitchLanguageKeepingTheirToken() {
        String page = Pages.confirm(PETITION, Language.KO, "sel.ver&x=<y>");
        assertTrue(page.contains("href=\"?token=sel.ver%26x%3D%3Cy%3E&amp;lang=es\""), "the token travels, encoded");
        assertTrue(page.contains("<span aria-current=\"true\" lang=\"ko\">한국어</span>"));
    }

    @Test
    void thePetitionPageOffersShareLinksToItsPublicAddress() {
        String page = Pages.petition(PETITION, COUNT, Language.ES, PetitionForm.EMPTY, LINKS);
        assertTrue(page.contains("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fpetition.example.org%2Fpetitions%2Fp%3Flang%3Des"));
        assertTrue(page.contains("<a href=\"/list?lang=es\">"), "THE LIST's search is linked");
    }

    @Test
    void everyLanguageRendersEveryPage() {
        for (Language language : Language.values()) {
            assertFalse(Pages.petition(PETITION, COUNT, language, PetitionForm.EMPTY, LINKS).contains("{{"));
            assertTrue(Pages.checkEmail(PETITION, language).contains("lang=\"" + language.code() + "\""));
            assertTrue(Pages.confirm(PETITION, language, "tok").contains("name=\"token\" value=\"tok\""));
            assertTrue(Pages.withdraw(PETITION, language, "tok").contains("action=\"/signatures/withdraw\""));
            assertTrue(Pages.unsubscribe(PETITION, language, "tok").contains("action=\"/signatures/unsubscribe\""));
            assertTrue(Pages.confirmed(PETITION, COUNT, language, true, "https://x/p").contains("https://x.com/intent/post"));
            assertTrue(Pages.error(language, Message.of("error_not_found")).contains("<h1>"));
        }
    }
}
