package org.nkpetition.browser;

import static org.junit.jupiter.api.Assertions.*;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkpetition.i18n.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 14 in a real browser, on bin/dev's demo missions and delivery day: the region select appears for a country
 * with several missions and sends the signature to the mission of the chosen state; the public deliveries page,
 * linked from the petition, in each language.
 */
@ExtendWith(SiteExtension.class)
class RegionAndDeliveriesTest {
    private static final Pattern CHICAGO = Pattern.compile("\"missionId\":\"us-chicago\"[^}]*}[^}]*\"signatures\":(\\d+)");

    /** Confirmed signatures going to the Chicago consulate, from the deliveries JSON. */
    private static long chicago(Site site) {
        String body = site.get("/deliveries?petition=" + Site.PETITION, "application/json").body();
        Matcher matcher = CHICAGO.matcher(body);
        assertTrue(matcher.find(), body);
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void choosingTheUnitedStatesAsksForTheStateAndIllinoisGoesToChicago(Site site) throws InterruptedException {
        Signer signer = Signer.in("en").at("US", "US-IL");
        Messages words = signer.words();
        long before = chicago(site);
        try (Browser browser = Browser.open(Browser.DESKTOP, true)) {
            PetitionPage page = new PetitionPage(browser, words);
            browser.go(site.petitionUrl("en"));
            assertFalse(browser.find("#region-US").isDisplayed(), "no region select before a country is chosen");
            page.chooseCountry("GB");
            assertFalse(browser.find("#region-US").isDisplayed(), "none for a country with one mission");
            page.chooseCountry("US");
            assertTrue(browser.find("#region-US").isDisplayed(), "the select appears for the United States");
            assertEquals(words.get("field_region"), browser.find("label[for=region-US]").getText());
            new org.openqa.selenium.support.ui.Select(browser.find("#region-US")).selectByVisibleText("Illinois");
            page.type("name", signer.name());
            page.type("email", signer.email());
            page.tickConsent();
            page.submit();
            browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), words.get("check_email_title")));

            page.confirmFromOutbox(site, signer);
            page.pressConfirm();
            String destination = browser.find("#destination").getText();
            assertTrue(destination.contains("Chicago") && destination.contains("2027"), destination);
        }
        // Counts are cached for a few seconds per container: wait for the new one.
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (chicago(site) != before + 1 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(before + 1, chicago(site), "counted at us-chicago");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko", "es"})
    void theDeliveriesPageIsLinkedFromThePetitionInEachLanguage(String lang, Site site) {
        Messages words = Signer.in(lang).words();
        try (Browser browser = Browser.open(Browser.PHONE, true)) {
            browser.go(site.petitionUrl(lang));
            browser.find("#deliveries-link").click();
            browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), words.get("deliveries_title")));
            assertEquals(lang, browser.find("html").getAttribute("lang"));
            String busan = browser.find("li[data-mission=kr-busan] h3").getText();
            assertEquals(switch (lang) {
                case "ko" -> "주부산 중국총영사관";
                case "es" -> "Consulado General de la República Popular China en Busan";
                default -> "Consulate-General of the People's Republic of China in Busan";
            }, busan);
            assertTrue(browser.exists("time[datetime='2027-09-24']"), "the demo delivery day");
            assertTrue(browser.find("li[data-mission=us-chicago]").getText().contains(words.get("deliveries_col_meeting")));
            browser.assertNoHorizontalScroll("deliveries page");
            browser.screenshot(lang + "-deliveries-phone");
        }
    }
}
