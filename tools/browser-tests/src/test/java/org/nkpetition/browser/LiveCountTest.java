package org.nkpetition.browser;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkpetition.i18n.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The script keeps the count fresh from GET /petitions/{id}/count, and writes it exactly as the
 * server does in each language (plural forms, digit grouping, the goal line).
 */
@ExtendWith(SiteExtension.class)
class LiveCountTest {
    private static final long GOAL = 100_000;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko", "es"})
    void theCountGrowsWhileThePageIsOpen(String lang, Site site) {
        Messages words = Messages.of(org.nkpetition.domain.Language.fromCode(lang).orElseThrow());
        try (Browser browser = Browser.open(Browser.DESKTOP, true)) {
            PetitionPage page = new PetitionPage(browser, words);
            browser.go(site.petitionUrl(lang));
            long before = page.shownTotal();

            site.signAndConfirm(Signer.in(lang));
            showPageAgain(browser);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("count"), words.get("signatures_count", before + 1)));
            assertEquals(String.valueOf(before + 1), browser.find("#goal").getAttribute("value"));
            assertEquals(words.get("goal_progress", before + 1, GOAL), browser.find("#goal-text").getText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko", "es"})
    void theScriptWritesCountsAsTheServerDoes(String lang, Site site) {
        Messages words = Messages.of(org.nkpetition.domain.Language.fromCode(lang).orElseThrow());
        try (Browser browser = Browser.open(Browser.DESKTOP, true)) {
            browser.go(site.petitionUrl(lang));
            for (long count : new long[] {0, 1, 2, 1_234_567}) {
                // The count route answers this number; everything after the answer is the page's own script.
                browser.script("const n = arguments[0]; window.fetch = () => Promise.resolve("
                        + "{ ok: true, json: () => Promise.resolve({ count: n }) });", count);
                showPageAgain(browser);
                browser.waiting().until(ExpectedConditions.textToBe(By.id("count"), words.get("signatures_count", count)));
                assertEquals(words.get("goal_progress", count, GOAL), browser.find("#goal-text").getText());
            }
        }
    }

    /** What the browser tells the page when its tab comes back into view; the script refreshes then. */
    private static void showPageAgain(Browser browser) {
        browser.script("document.dispatchEvent(new Event('visibilitychange'))");
    }
}
