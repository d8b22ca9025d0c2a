package org.nkpetition.browser;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkpetition.i18n.Messages;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A visitor on a 360 px phone signs in English, Korean and Spanish, with JavaScript: sees the
 * field errors (checked in the browser, in the server's words), fixes them, follows the link
 * from the outbox, confirms, and sees the count grow. Every page fits the phone's width.
 */
@ExtendWith(SiteExtension.class)
class SignInEachLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko", "es"})
    void signFixErrorsConfirmAndSeeTheCountGrow(String lang, Site site) {
        Signer signer = Signer.in(lang);
        Messages words = signer.words();
        try (Browser browser = Browser.open(Browser.PHONE, true)) {
            PetitionPage page = new PetitionPage(browser, words);
            String petitionUrl = site.petitionUrl(lang);
            browser.go(petitionUrl);
            assertEquals(lang, page.htmlLang());
            assertEquals(signer.petitionTitle(), page.heading());
            long before = page.shownTotal();
            assertEquals(words.get("signatures_count", before), page.countText());
            browser.assertNoHorizontalScroll("petition page");
            browser.screenshot(lang + "-1-petition-phone");

            page.submit();
            assertEquals(petitionUrl, browser.driver().getCurrentUrl(), "the browser caught the errors itself");
            assertEquals(java.util.List.of("name", "email", "country", "consent"), page.summaryTargets());
            assertEquals(words.get("error_required"), page.errorFor("name"));
            assertEquals(words.get("error_required"), page.errorFor("email"));
            assertEquals(words.get("error_required"), page.errorFor("country"));
            assertEquals(words.get("error_consent"), page.errorFor("consent"));
            assertTrue(browser.find("#email").getAttribute("aria-describedby").startsWith("email-hint"),
                    "the hint stays in the description");
            assertTrue(browser.driver().getTitle().startsWith(words.get("page_title_error")));
            browser.assertNoHorizontalScroll("petition page with errors");
            browser.screenshot(lang + "-2-field-errors-phone");

            page.fill(signer);
            page.type("email", "no-at-sign.example.org");
            page.submit();
            assertEquals(java.util.List.of("email"), page.summaryTargets());
            assertEquals(words.get("error_email"), page.errorFor("email"));
            page.assertNoErrorOn("name");
            page.assertNoErrorOn("consent");

            page.type("email", signer.email());
            page.submit();
            browser.waiting().until(ExpectedConditions.textToBe(org.openqa.selenium.By.tagName("h1"),
                    words.get("check_email_title")));
            assertEquals(lang, page.htmlLang());
            browser.assertNoHorizontalScroll("check-your-email page");
            browser.screenshot(lang + "-3-check-email-phone");

            page.confirmFromOutbox(site, signer);
            assertEquals(words.get("confirm_title"), page.heading());
            assertEquals(words.get("confirm_button"), browser.find("form button").getText());
            browser.assertNoHorizontalScroll("confirmation page");
            browser.screenshot(lang + "-4-confirm-phone");

            page.pressConfirm();
            assertEquals(words.get("confirmed_title"), page.heading());
            assertEquals(words.get("signatures_count", before + 1), page.countText(), "the thank-you page shows the new count");
            assertTrue(browser.exists(".share a[href^='https://x.com/intent/post']"), "share links");
            browser.assertNoHorizontalScroll("thank-you page");
            browser.screenshot(lang + "-5-thank-you-phone");

            browser.go(petitionUrl);
            assertEquals(before + 1, page.shownTotal());
            assertEquals(words.get("signatures_count", before + 1), page.countText(), "the petition page counts it");
            assertEquals(String.valueOf(before + 1), browser.find("progress").getAttribute("value"));
        }
    }
}
