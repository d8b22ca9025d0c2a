package org.nkpetition.browser;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nkpetition.domain.Language;
import org.nkpetition.i18n.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The browser's language picks the page's; the visible switcher changes it, on the petition and on link pages. */
@ExtendWith(SiteExtension.class)
class LanguageTest {

    @Test
    void theBrowsersLanguageFirstThenTheSwitcher(Site site) {
        try (Browser browser = Browser.open(Browser.DESKTOP, true, "es-ES,es;q=0.9,en;q=0.5")) {
            browser.go(site.url("/petitions/" + Site.PETITION));
            assertPage(browser, "es");
            browser.screenshot("es-petition-desktop");

            WebElement nav = browser.find("nav[aria-label='" + words("es").get("language_label") + "']");
            WebElement current = nav.findElement(By.cssSelector("[aria-current]"));
            assertEquals("Español", current.getText());
            assertEquals("es", current.getAttribute("lang"));
            List<WebElement> links = nav.findElements(By.tagName("a"));
            assertEquals(List.of("English", "한국어", "日本語"), links.stream().map(WebElement::getText).toList(),
                    "every language with a message bundle (docs/adr/0071)");
            for (WebElement link : links) {
                assertEquals(link.getAttribute("hreflang"), link.getAttribute("lang"), "each name is marked in its language");
            }

            nav.findElement(By.linkText("한국어")).click();
            assertTrue(browser.driver().getCurrentUrl().endsWith("?lang=ko"));
            assertPage(browser, "ko");
            browser.screenshot("ko-petition-desktop");

            browser.find("nav a[hreflang=en]").click();
            assertPage(browser, "en");
            browser.screenshot("en-petition-desktop");
        }
    }

    @Test
    void theConfirmationPageSwitchesLanguageAndKeepsItsLink(Site site) {
        Signer signer = Signer.in("en");
        site.send(HttpRequest.newBuilder(URI.create(site.url("/petitions/" + Site.PETITION + "/signatures")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("lang=en&name=Sam+Lee&email=" + signer.email().replace("@", "%40")
                        + "&country=US&region=US-NY&consent=true")));
        try (Browser browser = Browser.open(Browser.PHONE, true)) {
            PetitionPage page = new PetitionPage(browser, words("ko"));
            page.confirmFromOutbox(site, signer);
            assertPage(browser, "en");
            browser.find("nav a[hreflang=ko]").click();
            assertPage(browser, "ko");
            assertEquals(words("ko").get("confirm_title"), page.heading());
            browser.assertNoHorizontalScroll("confirmation page in Korean");
            page.pressConfirm();
            assertPage(browser, "ko");
            assertEquals(words("ko").get("confirmed_title"), page.heading(), "the thank-you page follows the choice");
        }
    }

    private static void assertPage(Browser browser, String lang) {
        assertEquals(lang, browser.find("html").getAttribute("lang"));
        assertTrue(browser.driver().getTitle().endsWith(words(lang).get("site_name")));
    }

    private static Messages words(String lang) {
        return Messages.of(Language.fromCode(lang).orElseThrow());
    }
}
