package org.nkpetition.browser;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.nkpetition.i18n.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** What a person does and sees on the petition page and the pages after it, by mouse or touch. */
final class PetitionPage {
    private final Browser browser;
    private final Messages words;

    PetitionPage(Browser browser, Messages words) {
        this.browser = browser;
        this.words = words;
    }

    long shownTotal() {
        return Long.parseLong(browser.find("#count").getAttribute("data-total"));
    }

    String countText() {
        return browser.find("#count").getText();
    }

    void type(String field, String text) {
        WebElement input = browser.find("#" + field);
        input.clear();
        input.sendKeys(text);
    }

    void chooseCountry(String code) {
        new Select(browser.find("#country")).selectByValue(code);
    }

    /** The country's region select (countries with several missions only), once shown. */
    void chooseRegion(String country, String region) {
        WebElement select = browser.find("#region-" + country);
        assertTrue(select.isDisplayed(), "the region select of " + country + " is shown");
        new Select(select).selectByValue(region);
    }

    void tickConsent() {
        WebElement consent = browser.find("#consent");
        if (!consent.isSelected()) {
            browser.find("label[for=consent]").click();
        }
        assertTrue(consent.isSelected());
    }

    void fill(Signer signer) {
        type("name", signer.name());
        type("email", signer.email());
        chooseCountry(signer.country());
        if (!signer.region().isEmpty() && browser.find("#region-" + signer.country()).isDisplayed()) {
            chooseRegion(signer.country(), signer.region());
        }
        type("city", signer.city());
        tickConsent();
    }

    void submit() {
        browser.find("#sign-button").click();
    }

    /**
     * Submits and waits for the server's page to replace this one: without a script the post always
     * navigates, and reading the page before the new one is in place finds nothing (or the old one).
     */
    void submitToServer() {
        WebElement current = browser.find("html");
        submit();
        browser.waiting().until(ExpectedConditions.stalenessOf(current));
        browser.waiting().until(driver -> "complete".equals(browser.script("return document.readyState")));
    }

    /**
     * The error shown next to a field, checked to be tied to it as assistive technology expects and
     * to start with the "Error:" that only screen readers hear.
     */
    String errorFor(String field) {
        WebElement control = browser.find("#" + field);
        assertEquals("true", control.getAttribute("aria-invalid"), field + " is marked invalid");
        String describedBy = control.getAttribute("aria-describedby");
        assertNotNull(describedBy, field + " has a description");
        assertTrue(List.of(describedBy.split(" ")).contains(field + "-error"), field + " is described by its error");
        WebElement error = browser.find("#" + field + "-error");
        assertTrue(error.isDisplayed());
        String prefix = words.get("error_prefix");
        assertEquals(prefix, error.findElement(By.cssSelector(".visually-hidden")).getAttribute("textContent"));
        String text = error.getAttribute("textContent").strip();
        assertTrue(text.startsWith(prefix + " "), text);
        return text.substring(prefix.length() + 1);
    }

    void assertNoErrorOn(String field) {
        WebElement control = browser.find("#" + field);
        assertNull(control.getAttribute("aria-invalid"), field + " is not marked invalid");
        assertFalse(browser.exists("#" + field + "-error"), field + " has no error message");
    }

    /** The error summary: shown, focused, one link per error pointing at its field. */
    List<String> summaryTargets() {
        WebElement summary = browser.find("#errors");
        assertTrue(summary.isDisplayed(), "the error summary is shown");
        assertEquals("errors", browser.focusedId(), "the error summary has the focus");
        return summary.findElements(By.cssSelector("a")).stream()
                .map(link -> link.getAttribute("href").replaceAll(".*#", ""))
                .toList();
    }

    /** Opens the newest confirmation link sent to the signer, as a mail client would. */
    void confirmFromOutbox(Site site, Signer signer) {
        String link = site.outbox().confirmationLinkFor(signer.email());
        assertTrue(link.contains("lang=" + signer.lang()), "the link keeps the signer's language: " + link);
        browser.go(link);
    }

    /** Presses the confirmation page's button and waits for the thank-you page. */
    void pressConfirm() {
        browser.find("form[action='/signatures/confirm'] button").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".share")));
    }

    String heading() {
        return browser.find("h1").getText();
    }

    String htmlLang() {
        return browser.find("html").getAttribute("lang");
    }
}
