package org.nkpetition.browser;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nkpetition.domain.Language;
import org.nkpetition.i18n.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Searching THE LIST from the petition page, on a phone, in each language, by a name written in
 * Hangul and in Latin letters (the dev server seeds the fictional demo list). The same person is
 * found either way.
 */
@ExtendWith(SiteExtension.class)
class SearchListTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "ko, 리설화, hangul",
        "ko, Ri Sol Hwa, latin",
        "en, 리설화, hangul",
        "en, Lee Seol Hwa, latin",
        "es, 리설화, hangul",
        "es, Yi Solhwa, latin"})
    void findAPersonByTheirNameInHangulOrLatin(String lang, String name, String script, Site site) {
        Messages words = Messages.of(Language.fromCode(lang).orElseThrow());
        try (Browser browser = Browser.open(Browser.PHONE, true)) {
            browser.go(site.petitionUrl(lang));
            browser.find("a[href='/list?lang=" + lang + "']").click();
            assertEquals(words.get("list_page_title"), browser.find("h1").getText());
            assertEquals(lang, browser.find("html").getAttribute("lang"));
            browser.assertNoHorizontalScroll("search page");

            WebElement field = browser.find("#q");
            assertEquals("q-hint", field.getAttribute("aria-describedby"));
            field.sendKeys(name, Keys.ENTER);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("results-heading")));
            assertEquals(words.get("list_page_results", 1), browser.find("#results-heading").getText());
            WebElement person = browser.find("#entry-demo-001");
            WebElement heading = person.findElement(By.tagName("h3"));
            assertEquals("리설화", heading.getText());
            assertEquals("ko", heading.getAttribute("lang"), "a Hangul name is marked Korean on every page");
            assertTrue(person.getText().contains(words.get("list_status_detained")), "the situation in the page's language");
            assertEquals(name, browser.find("#q").getAttribute("value"), "the search stays in the field");
            browser.assertNoHorizontalScroll("search results");
            browser.screenshot(lang + "-search-" + script + "-phone");
        }
    }

    @ParameterizedTest
    @CsvSource({"en", "ko", "es"})
    void aTooShortNameIsExplainedNextToTheField(String lang, Site site) {
        Messages words = Messages.of(Language.fromCode(lang).orElseThrow());
        try (Browser browser = Browser.open(Browser.PHONE, true)) {
            browser.go(site.url("/list?lang=" + lang));
            browser.find("#q").sendKeys("Ri", Keys.ENTER);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("q-error")));
            assertEquals("errors", browser.focusedId(), "the page opens on the error summary");
            assertTrue(browser.find("#q-error").getText().endsWith(words.get("list_error_query_too_short")));
            assertEquals("true", browser.find("#q").getAttribute("aria-invalid"));
            browser.assertNoHorizontalScroll("search refusal");
            browser.screenshot(lang + "-search-error-phone");
        }
    }
}
