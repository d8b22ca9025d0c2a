package org.nkpetition.browser;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every HTML route in every language, fed hostile input wherever a request can carry it (form
 * fields, tokens, ids, query strings, headers): the markup never comes back as markup. Where the
 * page echoes input (the refilled form), it comes back escaped, as text. Two views: in Chromium,
 * with JavaScript on, a hostile page must run no injected script and hold no injected element
 * (what matters for XSS); over plain HTTP, every page's status and security headers (which a
 * browser does not show).
 */
@ExtendWith(SiteExtension.class)
class HostileInputPagesTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";
    private static final String ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";
    private static final String BREAKOUT = "\"><script>alert(2)</script>";

    /**
     * Markup that, if any part got through, adds an element carrying data-pwned and calls alert():
     * as text, in an attribute (the quote ends it), in a textarea (the end tag ends it). One string
     * holds all three, so each page is loaded once, whichever context it echoes into.
     */
    private static final String INJECTION = "<img src=x data-pwned=1 onerror=alert(1)>"
            + "\"><b data-pwned=2>x</b><script>alert(2)</script>" + "</textarea><svg data-pwned=3 onload=alert(3)>";

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko", "es"})
    void inChromiumHostileInputRunsNoScriptAndAddsNoElement(String lang, Site site) {
        try (Browser browser = Browser.open(Browser.DESKTOP, true)) {
            String hostile = encode(INJECTION);
            for (String page : new String[] {"/petitions/" + Site.PETITION + "?lang=" + lang + "&ref=" + hostile,
                "/petitions/" + hostile + "?lang=" + lang,
                "/signatures/confirm?token=" + hostile + "&lang=" + lang,
                "/signatures/withdraw?token=" + hostile + "&lang=" + lang,
                "/signatures/unsubscribe?token=" + hostile + "&lang=" + lang,
                "/list?lang=" + lang + "&q=" + hostile}) {
                browser.go(site.url(page));
                assertNothingInjected(browser, page);
            }

            // The refilled form echoes what was typed: post it as typed (form.submit() skips the
            // page's own checks, as a hostile client would), unconsented, so it comes back.
            browser.go(site.petitionUrl(lang));
            browser.script("document.documentElement.setAttribute('data-before-submit', '1');"
                    + "var form = document.querySelector('form[action$=\"/signatures\"]');"
                    + "for (var name of ['name', 'email', 'city', 'postalCode', 'comment']) {"
                    + "  form.elements[name].value = arguments[0]; }"
                    + "form.elements['consent'].checked = false; form.submit();", INJECTION);
            browser.waiting().until(driver -> Boolean.TRUE.equals(browser.script("return document.readyState === 'complete'"
                    + " && !document.documentElement.hasAttribute('data-before-submit')")));
            assertNothingInjected(browser, "the refilled form");
            assertEquals(INJECTION, browser.find("#name").getAttribute("value"), "the name is kept, as text");
            assertEquals(INJECTION, browser.find("#comment").getAttribute("value"), "the comment is kept, as text");
        }
    }

    private static void assertNothingInjected(Browser browser, String page) {
        try {
            String text = browser.driver().switchTo().alert().getText();
            fail("an injected script ran on " + page + ": alert(" + text + ")");
        } catch (org.openqa.selenium.NoAlertPresentException expected) {
            // no script ran
        }
        assertEquals(0L, browser.script("return document.querySelectorAll('[data-pwned]').length"),
                "an injected element is in the page " + page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko", "es"})
    void overHttpSigningPagesShowHostileInputAsTextWithSecurityHeaders(String lang, Site site) {
        String petitionPath = "/petitions/" + Site.PETITION;
        checked(lang, 200, site.send(html(site, petitionPath + "?lang=" + lang + "&ref=" + encode(HOSTILE))
                .header("Accept-Language", HOSTILE).GET()));
        checked(lang, 404, site.send(html(site, "/petitions/" + encode(HOSTILE) + "?lang=" + lang).GET()));

        String invalid = "lang=" + lang + "&name=" + encode(HOSTILE) + "&email=" + encode(BREAKOUT) + "&city="
                + encode(HOSTILE) + "&postalCode=" + encode(BREAKOUT) + "&comment=" + encode("</textarea>" + HOSTILE)
                + "&country=" + encode(BREAKOUT) + "&displayName=" + encode(HOSTILE) + "&updates=" + encode(HOSTILE);
        String refilled = checked(lang, 400, site.send(form(site, petitionPath + "/signatures", invalid)));
        assertTrue(refilled.contains("value=\"" + ESCAPED + "\""), "the name is kept, escaped");
        assertTrue(refilled.contains("&lt;/textarea&gt;" + ESCAPED + "</textarea>"), "the comment is kept, escaped");
        assertTrue(refilled.contains("value=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\""), "quotes cannot end an attribute");

        Signer signer = Signer.in(lang);
        String valid = "lang=" + lang + "&name=" + encode(HOSTILE) + "&email=" + encode(signer.email()) + "&country=KR&region=KR-11&city="
                + encode(HOSTILE) + "&comment=" + encode(BREAKOUT) + "&consent=true";
        checked(lang, 202, site.send(form(site, petitionPath + "/signatures", valid)));
        checked(lang, 404, site.send(form(site, "/petitions/" + encode(HOSTILE) + "/signatures", valid)));

        String token = site.outbox().confirmationLinkFor(signer.email()).replaceAll(".*[?&]token=([^&]+).*", "$1");
        String confirmPage = checked(lang, 200, site.send(html(site, "/signatures/confirm?token=" + token + "&lang=" + lang
                + "&x=" + encode(HOSTILE)).GET()));
        assertTrue(confirmPage.contains("name=\"token\" value=\"" + token + "\""));
        checked(lang, 404, site.send(html(site, "/signatures/confirm?token=" + encode(HOSTILE) + "&lang=" + lang).GET()));
        checked(lang, 404, site.send(form(site, "/signatures/confirm", "lang=" + lang + "&token=" + encode(HOSTILE))));
        String thanks = checked(lang, 200, site.send(form(site, "/signatures/confirm", "lang=" + lang + "&token=" + token)));
        assertTrue(thanks.contains("https://x.com/intent/post?url="), "the thank-you page with its share links");

        checked(lang, 200, site.send(html(site, "/signatures/withdraw?token=" + token + "&lang=" + lang).GET()));
        checked(lang, 404, site.send(html(site, "/signatures/withdraw?token=" + encode(HOSTILE) + "&lang=" + lang).GET()));
        checked(lang, 200, site.send(form(site, "/signatures/withdraw", "lang=" + lang + "&token=" + token)));
        checked(lang, 404, site.send(html(site, "/signatures/unsubscribe?token=" + encode(HOSTILE) + "&lang=" + lang).GET()));
        checked(lang, 404, site.send(form(site, "/signatures/unsubscribe?lang=" + lang, "token=" + encode(HOSTILE))));
    }

    /** Asserts the status, that the page is HTML in the language with the security headers, and no markup got through. */
    static String checked(String lang, int status, HttpResponse<String> response) {
        String page = response.body();
        assertEquals(status, response.statusCode(), page);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.contains("<html lang=\"" + lang + "\">"), "the page is in " + lang);
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""));
        assertFalse(page.contains(HOSTILE), "hostile markup came back as markup");
        assertFalse(page.contains("<script>alert"), "a script element came back");
        return page;
    }

    static HttpRequest.Builder html(Site site, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(site.url(pathAndQuery))).header("Accept", "text/html");
    }

    static HttpRequest.Builder form(Site site, String path, String body) {
        return html(site, path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
