package org.nkpetition.browser;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nkpetition.i18n.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Signing with the keyboard alone: skip link, a sensible tab order, the error summary, radios, checkboxes. */
@ExtendWith(SiteExtension.class)
class KeyboardTest {
    /** The form's controls in the order Tab visits them (one stop for the radio group). */
    private static final List<String> FORM_ORDER = List.of("name", "email", "country", "city", "postalCode", "comment",
            "displayName-initials", "updates", "consent", "sign-button");
    /** More stops than the page has before the form's button: a bound, so a broken order fails instead of looping. */
    private static final int MAX_TABS = 40;

    @Test
    void signWithTheKeyboardAlone(Site site) {
        Signer signer = Signer.in("en");
        Messages words = signer.words();
        try (Browser browser = Browser.open(Browser.DESKTOP, true)) {
            PetitionPage page = new PetitionPage(browser, words);
            browser.go(site.petitionUrl("en"));
            long before = page.shownTotal();

            press(browser, Keys.TAB);
            WebElement skip = browser.driver().switchTo().activeElement();
            assertEquals("skip", skip.getAttribute("class"), "the first stop is the skip link");
            assertTrue(skip.isDisplayed() && skip.getRect().getX() >= 0, "it is on screen when focused");
            press(browser, Keys.ENTER);
            assertEquals("main", browser.focusedId(), "the skip link moves the focus to the content");

            List<String> stops = new ArrayList<>();
            for (int i = 0; i < MAX_TABS && !"sign-button".equals(browser.focusedId()); i++) {
                press(browser, Keys.TAB);
                if (!browser.focusedId().isEmpty()) {
                    stops.add(browser.focusedId());
                }
            }
            assertEquals(FORM_ORDER, stops.subList(stops.indexOf("name"), stops.size()), "the tab order follows the form");

            press(browser, Keys.ENTER);
            assertEquals("errors", browser.focusedId(), "an empty form sends the focus to the error summary");
            press(browser, Keys.TAB);
            assertTrue(browser.driver().switchTo().activeElement().getAttribute("href").endsWith("#name"));
            press(browser, Keys.ENTER);
            assertEquals("name", browser.focusedId(), "the summary's link takes the focus to the field");

            type(browser, signer.name());
            press(browser, Keys.TAB);
            type(browser, signer.email());
            press(browser, Keys.TAB);
            type(browser, "United Kingdom");
            assertEquals("GB", new Select(browser.find("#country")).getFirstSelectedOption().getAttribute("value"),
                    "typing a country's name picks it");
            press(browser, Keys.TAB);
            type(browser, signer.city());
            press(browser, Keys.TAB);
            press(browser, Keys.TAB);
            type(browser, "Signed with the keyboard.");
            press(browser, Keys.TAB);
            assertEquals("displayName-initials", browser.focusedId());
            press(browser, Keys.ARROW_DOWN);
            assertEquals("displayName-anonymous", browser.focusedId());
            assertTrue(browser.find("#displayName-anonymous").isSelected(), "arrow keys choose within the group");
            press(browser, Keys.TAB);
            press(browser, Keys.TAB);
            assertEquals("consent", browser.focusedId());
            press(browser, Keys.SPACE);
            assertTrue(browser.find("#consent").isSelected(), "space ticks the box");
            press(browser, Keys.TAB);
            assertEquals("sign-button", browser.focusedId());
            press(browser, Keys.ENTER);
            browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), words.get("check_email_title")));

            page.confirmFromOutbox(site, signer);
            for (int i = 0; i < MAX_TABS && !"BUTTON".equals(browser.driver().switchTo().activeElement().getTagName()
                    .toUpperCase(java.util.Locale.ROOT)); i++) {
                press(browser, Keys.TAB);
            }
            press(browser, Keys.ENTER);
            browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), words.get("confirmed_title")));
            assertEquals(words.get("signatures_count", before + 1), page.countText());
        }
    }

    private static void press(Browser browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Keystrokes to whatever has the focus, as a person types them. */
    private static void type(Browser browser, String text) {
        new Actions(browser.driver()).sendKeys(text).perform();
    }
}
