package org.nkpetition.sign;

import static org.junit.jupiter.api.Assertions.*;
import static org.nkpetition.sign.SignFixture.PETITION;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.storage.dynamodb.DynamoDbCountStore;

/**
 * The page a confirmation link opens shows what confirming will count (issue 11, item 5): the name
 * as it will be delivered, by the signer's choice, and the country in the page's language; opening it
 * still changes nothing, and its button is a plain form post (no JavaScript needed).
 */
class ConfirmPageTest {
    private final SignFixture fixture = new SignFixture();

    @BeforeEach
    void reset() {
        fixture.reset();
    }

    @Test
    void aFullNameIsShownAsItWillBeDeliveredWithTheCountryInThePagesLanguage() {
        String page = confirmPage(sign("Kim Min-ji", "full@example.org", "KR", "full", "en"), "en");
        assertTrue(page.contains("<bdi>Kim Min-ji</bdi>"), page);
        assertTrue(page.contains(countryIn("KR", "en")), "country named in English");
        assertTrue(page.contains("<form method=\"post\" action=\"/signatures/confirm\">"), "the no-JavaScript button");
        assertEquals(0, count().total(), "opening the page counts nothing");
    }

    @Test
    void initialsAreShownAsInitialsAndTheFullNameIsNotOnThePage() {
        String page = confirmPage(sign("Lee Seol-hwa", "initials@example.org", "JP", "initials", "ko"), "ko");
        assertTrue(page.contains("<bdi>L. S. H.</bdi>"), page);
        assertFalse(page.contains("Lee Seol-hwa"), "only what will be delivered");
        assertTrue(page.contains(countryIn("JP", "ko")), "country named in Korean");
        assertTrue(page.contains("대사관에 전달되는 명단에 표시될 이름"));
    }

    @Test
    void anAnonymousSignerIsToldTheirNameWillNotBeShownInTheLinksLanguageOrTheChosenOne() {
        String token = sign("Park Ji-hoon", "anon@example.org", "US", "anonymous", "es");
        String page = confirmPage(token, "es");
        assertFalse(page.contains("Park"), "an anonymous name is not on the page at all");
        assertTrue(page.contains("<em>No se muestra: elegiste que se te cuente de forma anónima</em>"), page);
        assertTrue(page.contains(countryIn("US", "es")));
        String english = confirmPage(token, "en");
        assertTrue(english.contains("Not shown: you chose to be counted anonymously"), "?lang= switches the page");
    }

    @Test
    void markupInANameIsShownAsTextNeverRun() {
        String page = confirmPage(sign("Kim <b>Bold</b>", "markup@example.org", "KR", "full", "en"), "en");
        assertFalse(page.contains("<b>Bold</b>"));
    }

    private String sign(String name, String email, String country, String displayName, String lang) {
        APIGatewayV2HTTPResponse signed = fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json("{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"country\":\"" + country
                        + "\",\"lang\":\"" + lang + "\",\"displayName\":\"" + displayName + "\",\"consent\":true}").build());
        assertEquals(202, signed.getStatusCode(), signed.getBody());
        return SignFixture.tokenIn(fixture.emailsTo(email).get(0));
    }

    private String confirmPage(String token, String lang) {
        APIGatewayV2HTTPResponse page = fixture.invoke(HttpEvents.route(SignHandler.CONFIRM_PAGE)
                .query("token", token).query("lang", lang).acceptHtml().build());
        assertEquals(200, page.getStatusCode());
        assertEquals("no-store", page.getHeaders().get("Cache-Control"), "a page with a name is never cached");
        return page.getBody();
    }

    private static String countryIn(String code, String lang) {
        return new Locale("", code).getDisplayCountry(Locale.forLanguageTag(lang));
    }

    private PetitionCount count() {
        return new DynamoDbCountStore(fixture.stack.dynamo(), "SignaturesTable", 10).read(PETITION);
    }
}
