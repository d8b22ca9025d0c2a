package org.nkpetition.browser;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkpetition.i18n.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The same visit with JavaScript switched off in the browser: the server checks the form, shows
 * the errors next to the fields with what was typed kept (as text, however hostile), and the
 * confirmation works with plain form posts.
 */
@ExtendWith(SiteExtension.class)
class NoJavaScriptTest {
    static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";
    static final String HOSTILE_COMMENT = "</textarea><script>alert(1)</script>";

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko", "es"})
    void signAndConfirmWithoutJavaScript(String lang, Site site) {
        Signer signer = Signer.in(lang).named(HOSTILE_NAME);
        Messages words = signer.words();
        try (Browser browser = Browser.open(Browser.DESKTOP, false)) {
            PetitionPage page = new PetitionPage(browser, words);
            browser.go(site.petitionUrl(lang));
            long before = page.shownTotal();
            assertFalse(browser.find("#errors").isDisplayed());
            browser.screenshot(lang + "-nojs-1-petition-desktop");

            page.type("name", HOSTILE_NAME);
            page.type("email", "ana@bad");
            page.type("comment", HOSTILE_COMMENT);
            page.submitToServer();
            assertTrue(browser.driver().getCurrentUrl().endsWith("/petitions/" + Site.PETITION + "/signatures"),
                    "the server answered the post: no script checked the form");
            assertEquals(List.of("email", "country", "consent"), page.summaryTargets(), "the page opens on the summary");
            assertEquals(words.get("error_email"), page.errorFor("email"));
            assertEquals(words.get("error_required"), page.errorFor("country"));
            assertEquals(words.get("error_consent"), page.errorFor("consent"));
            page.assertNoErrorOn("name");
            assertEquals(HOSTILE_NAME, browser.find("#name").getAttribute("value"), "the name is kept, as text");
            assertEquals(HOSTILE_COMMENT, browser.find("#comment").getAttribute("value"), "the comment is kept, as text");
            assertEquals("ana@bad", browser.find("#email").getAttribute("value"));
            assertTrue(browser.driver().findElements(By.tagName("img")).isEmpty(), "no image was injected");
            for (WebElement script : browser.driver().findElements(By.tagName("script"))) {
                assertTrue(script.getAttribute("src").contains("/assets/petition."), "only our own script element");
            }
            assertTrue(browser.driver().getTitle().startsWith(words.get("page_title_error")));
            browser.screenshot(lang + "-nojs-2-server-errors-desktop");

            browser.find("#errors a[href='#email']").click();
            assertEquals("email", browser.driver().switchTo().activeElement().getAttribute("id"),
                    "a summary link takes the focus to its field");
            page.type("email", signer.email());
            page.chooseCountry(signer.country());
            page.tickConsent();
            page.submitToServer();
            if (!signer.region().isEmpty()) {
                // Korea has two missions: without a script, the server asks for the region with the form again.
                assertEquals(List.of("region-" + signer.country()), page.summaryTargets());
                assertEquals(words.get("error_region_required"), page.errorFor("region-" + signer.country()));
                page.chooseRegion(signer.country(), signer.region());
                page.submitToServer();
            }
            browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), words.get("check_email_title")));
            assertFalse(browser.driver().getPageSource().contains(HOSTILE_NAME));
            browser.screenshot(lang + "-nojs-3-check-email-desktop");

            page.confirmFromOutbox(site, signer);
            assertEquals(words.get("confirm_title"), page.heading());
            browser.screenshot(lang + "-nojs-4-confirm-desktop");
            page.pressConfirm();
            assertEquals(words.get("confirmed_title"), page.heading());
            assertEquals(words.get("signatures_count", before + 1), page.countText());
            browser.screenshot(lang + "-nojs-5-thank-you-desktop");

            browser.find("a[href^='/petitions/" + Site.PETITION + "?lang=" + lang + "']").click();
            assertEquals(before + 1, page.shownTotal(), "back on the petition page, the signature counts");
        }
    }
}
