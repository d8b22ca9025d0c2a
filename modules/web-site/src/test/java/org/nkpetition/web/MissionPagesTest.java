package org.nkpetition.web;

import org.nkpetition.links.Links;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.domain.Destination;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;
import org.nkpetition.i18n.Message;

/** The region selects of the signing form, the thank-you page's destination and the deliveries page (issue 14). */
class MissionPagesTest {
    private static final Petition PETITION = new Petition("p", Petition.Status.OPEN, OptionalLong.empty(),
            Map.of(Language.EN, new PetitionText("Title", "Summary", "Body")), List.of(), List.of(),
            Petition.DEFAULT_DELIVERY_DATES, ZoneOffset.UTC);
    private static final PetitionCount COUNT = PetitionCount.zero("p");
    private static final Links LINKS = new Links("https://petition.example.org");

    @Test
    void withoutCountriesAskingNoRegionSelectIsRendered() {
        assertFalse(Pages.petition(PETITION, COUNT, Language.EN, PetitionForm.EMPTY, LINKS).contains("name=\"region\""));
    }

    @Test
    void eachAskingCountryHasAHiddenDisabledSelectUntilChosen() {
        String page = Pages.petition(PETITION, COUNT, Language.ES, PetitionForm.EMPTY.askingRegionIn(Set.of("US", "KR")), LINKS);
        assertTrue(page.contains("data-region-country=\"US\" hidden"));
        assertTrue(page.contains("data-region-country=\"KR\" hidden"));
        assertTrue(page.contains("<select id=\"region-US\" name=\"region\" autocomplete=\"address-level1\" required disabled"));
        assertTrue(page.contains("<option value=\"US-NY\">Nueva York</option>"), "names in the page's language");
    }

    @Test
    void theChosenCountrysSelectIsShownWithTheRegionKeptAndItsErrorTiedToIt() {
        PetitionForm form = new PetitionForm(Map.of("country", "us", "region", "us-il"),
                Map.of("region", Message.of("error_region_required"))).askingRegionIn(Set.of("US", "KR"));
        String page = Pages.petition(PETITION, COUNT, Language.EN, form, LINKS);
        assertTrue(page.contains("data-region-country=\"US\">"), "shown");
        assertTrue(page.contains("data-region-country=\"KR\" hidden"));
        assertTrue(page.contains("<option value=\"US-IL\" selected>Illinois</option>"));
        assertTrue(page.contains("id=\"region-US-error\""));
        assertTrue(page.contains("aria-describedby=\"region-US-hint region-US-error\""));
        assertTrue(page.contains("<a href=\"#region-US\">"), "the summary links to the shown select");
    }

    @Test
    void theThankYouPageNamesTheMissionAndTheDateInTheLanguage() {
        Destination chicago = new Destination("us-chicago", "Consulado General en Chicago", "Chicago",
                Optional.of(LocalDate.of(2027, 9, 24)));
        String page = Pages.confirmed(PETITION, COUNT, Language.ES, true, "https://x", Optional.of(chicago));
        assertTrue(page.contains("Tu firma se entregará en: Consulado General en Chicago (Chicago), el 24 de septiembre de 2027."),
                page);
        assertTrue(page.contains("href=\"/deliveries?petition=p&amp;lang=es\""));
        String undated = Pages.confirmed(PETITION, COUNT, Language.KO, true, "https://x",
                Optional.of(new Destination("kr-busan", "주부산 중국총영사관", "Busan", Optional.empty())));
        assertTrue(undated.contains("귀하의 서명은 주부산 중국총영사관(Busan)에 전달됩니다."), undated);
        assertFalse(Pages.confirmed(PETITION, COUNT, Language.EN, true, "https://x").contains("id=\"destination\""));
    }

    @Test
    void theDeliveriesPageGroupsByDateAndSaysWhenNothingIsPlanned() {
        Map<String, Object> busan = Map.of("date", "2027-09-24", "missionId", "kr-busan",
                "mission", Map.of("name", "주부산 중국총영사관", "city", "Busan", "country", "KR"),
                "localTime", "12:00", "meetingPoint", "<b>gate</b>", "signatures", 3L);
        String page = DeliveriesPage.render(PETITION, List.of(busan), Language.KO);
        assertTrue(page.contains("<time datetime=\"2027-09-24\">2027년 9월 24일 금요일</time>"), page);
        assertTrue(page.contains("Busan, 대한민국"));
        assertTrue(page.contains("&lt;b&gt;gate&lt;/b&gt;"), "organiser text is text");
        assertTrue(page.contains("data-signatures=\"3\""));
        assertTrue(DeliveriesPage.render(PETITION, List.of(), Language.EN).contains("No delivery is planned yet."));
    }

    /** Japanese came as data (a bundle), not code: the deliveries page speaks it like the others (issue 14). */
    @Test
    void theDeliveriesPageIsInJapaneseToo() {
        Language japanese = Language.fromCode("ja").orElseThrow();
        Map<String, Object> tokyo = Map.of("date", "2027-09-24", "missionId", "jp-tokyo",
                "mission", Map.of("name", "Embassy of China in Japan", "city", "Tokyo", "country", "JP"),
                "localTime", "11:00", "meetingPoint", "Azabu", "signatures", 5L);
        String page = DeliveriesPage.render(PETITION, List.of(tokyo), japanese);
        assertTrue(page.contains("<html lang=\"ja\">"), page);
        assertTrue(page.contains("署名が届けられる場所"), "the title from messages_ja");
        assertTrue(page.contains("2027年9月24日"), "the date in Japanese");
        assertTrue(page.contains("Tokyo, 日本"), "the country named in Japanese");
        assertTrue(page.contains("data-signatures=\"5\""));
    }
}
