package org.nkpetition.count.handler;

import org.nkpetition.mail.composing.TemplatedEmailComposer;
import static org.junit.jupiter.api.Assertions.*;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.LocalFunctions;
import org.nkpetition.localstack.LocalStack;
import org.nkpetition.localstack.ProjectFiles;
import org.nkpetition.mail.EmailComposer;
import org.nkpetition.mail.EmailMessage;
import org.nkpetition.petition.PetitionJson;
import org.nkpetition.security.KeyedHash;
import org.nkpetition.signature.DisplayName;
import org.nkpetition.signature.SignatureRequest;
import org.nkpetition.signature.SigningService;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;
import org.nkpetition.storage.dynamodb.DynamoDbSignatureStore;
import org.nkpetition.web.Assets;
import org.nkpetition.links.Links;

/** The read side through the real handler and its template.yaml environment, against DynamoDB Local. */
class CountHandlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PETITION = "stop-forced-repatriation";
    private final LocalStack stack = LocalStack.get();
    private final CountHandler handler = (CountHandler) stack.<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>handler(
            "CountAndPagesFunction", Map.of());
    private Petition demo;

    @BeforeEach
    void seed() throws IOException {
        stack.reset();
        demo = PetitionJson.read(Files.readString(ProjectFiles.root()
                .resolve("tools/dev-server/seed/petitions/" + PETITION + ".json"), StandardCharsets.UTF_8));
        DynamoDbPetitionStore petitions = new DynamoDbPetitionStore(stack.dynamo(), "PetitionsTable");
        petitions.put(demo);
        petitions.put(new Petition("english-only", Petition.Status.OPEN, java.util.OptionalLong.empty(),
                Map.of(Language.EN, new PetitionText("Free the aid workers", "Short", "Body")), List.of(), List.of(),
                Petition.DEFAULT_DELIVERY_DATES, java.time.ZoneOffset.UTC));
        petitions.put(new Petition("closed-one", Petition.Status.CLOSED, java.util.OptionalLong.empty(),
                Map.of(Language.EN, new PetitionText("Closed", "", "")), List.of(), List.of(),
                Petition.DEFAULT_DELIVERY_DATES, java.time.ZoneOffset.UTC));
    }

    private APIGatewayV2HTTPResponse get(HttpEvents event) {
        return handler.handleRequest(event.build(), null);
    }

    @Test
    void countsComeFromConfirmedSignaturesOnlyWithShortCaching() throws Exception {
        confirmSigners(Map.of("KR", 3, "US", 2), 1);
        APIGatewayV2HTTPResponse response = get(HttpEvents.route(CountHandler.COUNT).path("petitionId", PETITION));
        assertEquals(200, response.getStatusCode());
        assertEquals("public, max-age=5", response.getHeaders().get("Cache-Control"));
        JsonNode body = JSON.readTree(response.getBody());
        assertEquals(PETITION, body.get("petitionId").asText());
        assertEquals(5, body.get("count").asLong(), "the pending signer is not counted");
        assertEquals(100000, body.get("goal").asLong());
        assertEquals(3, body.get("byCountry").get("KR").asLong());
        assertEquals(2, body.get("byCountry").get("US").asLong());
        assertFalse(body.get("updatedAt").isNull());
    }

    @Test
    void aPetitionWithNoSignaturesCountsZero() throws Exception {
        JsonNode body = JSON.readTree(get(HttpEvents.route(CountHandler.COUNT).path("petitionId", "english-only")).getBody());
        assertEquals(0, body.get("count").asLong());
        assertTrue(body.get("goal").isNull());
        assertEquals(0, body.get("byCountry").size());
        assertTrue(body.get("updatedAt").isNull());
    }

    @Test
    void openPetitionsAreListedInTheRequestedLanguage() throws Exception {
        JsonNode body = JSON.readTree(get(HttpEvents.route(CountHandler.LIST).query("lang", "ko")).getBody());
        List<String> ids = new ArrayList<>();
        body.get("petitions").forEach(p -> ids.add(p.get("id").asText()));
        assertEquals(List.of("english-only", PETITION), ids, "closed petitions are not listed");
        assertEquals("탈북 난민 강제송환을 중단하라", body.get("petitions").get(1).get("title").asText());
    }

    @Test
    void thePetitionAsJsonFollowsLangThenAcceptLanguage() throws Exception {
        JsonNode spanish = JSON.readTree(get(HttpEvents.route(CountHandler.PETITION).path("petitionId", PETITION)
                .query("lang", "es").header("accept-language", "ko")).getBody());
        assertEquals("es", spanish.get("lang").asText());
        assertTrue(spanish.get("title").asText().startsWith("Que cese"));
        assertEquals(List.of("en", "es", "ja", "ko"), JSON.convertValue(spanish.get("languages"), List.class),
                "the demo petition speaks Japanese too (issue 14, item 6)");

        JsonNode korean = JSON.readTree(get(HttpEvents.route(CountHandler.PETITION).path("petitionId", PETITION)
                .header("accept-language", "fr-FR, ko;q=0.8, en;q=0.5")).getBody());
        assertEquals("ko", korean.get("lang").asText());

        JsonNode fallback = JSON.readTree(get(HttpEvents.route(CountHandler.PETITION).path("petitionId", "english-only")
                .query("lang", "ko")).getBody());
        assertEquals("en", fallback.get("lang").asText(), "untranslated petitions fall back to English");
    }

    @Test
    void browsersGetThePageWithTheSigningForm() {
        APIGatewayV2HTTPResponse response = get(HttpEvents.route(CountHandler.PETITION).path("petitionId", PETITION)
                .acceptHtml().header("accept-language", "ko-KR,ko;q=0.9"));
        assertEquals(200, response.getStatusCode());
        assertTrue(response.getHeaders().get("Content-Type").startsWith("text/html"));
        String policy = response.getHeaders().get("Content-Security-Policy");
        assertTrue(policy.contains("default-src 'none'"));
        assertTrue(policy.contains("script-src 'self'") && policy.contains("style-src 'self'"), policy);
        assertFalse(policy.contains("unsafe-inline"), "no inline style or script is allowed");
        assertEquals("nosniff", response.getHeaders().get("X-Content-Type-Options"));
        String page = response.getBody();
        assertTrue(page.contains("<html lang=\"ko\">"));
        assertTrue(page.contains("탈북 난민 강제송환을 중단하라"));
        assertTrue(page.contains("action=\"/petitions/" + PETITION + "/signatures\""));
        for (String field : List.of("name", "email", "country", "city", "postalCode", "comment", "displayName",
                "updates", "consent", "website")) {
            assertTrue(page.contains("name=\"" + field + "\""), field);
        }
        assertTrue(page.contains("<option value=\"KR\">대한민국</option>"), "countries named in the page's language");
        assertTrue(page.contains("<link rel=\"stylesheet\" href=\"" + Assets.path(Assets.STYLESHEET) + "\">"));
        assertTrue(page.contains("<script src=\"" + Assets.path(Assets.SCRIPT) + "\" defer></script>"));
        assertFalse(page.contains("<style") || page.contains("style=\""), "no inline style: the CSP forbids it");
        assertTrue(page.contains("https://x.com/intent/post?url=https%3A%2F%2F" + HttpEvents.DOMAIN + "%2Fpetitions%2F"
                + PETITION + "%3Flang%3Dko"), "share links carry the petition's public address");
    }

    @Test
    void assetsAreServedUnderVersionedNamesForAYear() {
        String stylesheet = Assets.path(Assets.STYLESHEET);
        assertTrue(stylesheet.matches("/assets/petition\\.[0-9a-f]{10}\\.css"), stylesheet);
        APIGatewayV2HTTPResponse css = get(HttpEvents.route(CountHandler.ASSET)
                .path("name", stylesheet.substring("/assets/".length())));
        assertEquals(200, css.getStatusCode());
        assertEquals("text/css; charset=utf-8", css.getHeaders().get("Content-Type"));
        assertEquals("public, max-age=31536000, immutable", css.getHeaders().get("Cache-Control"));
        assertEquals("nosniff", css.getHeaders().get("X-Content-Type-Options"));
        assertTrue(css.getBody().contains("--accent"));

        APIGatewayV2HTTPResponse script = get(HttpEvents.route(CountHandler.ASSET)
                .path("name", Assets.path(Assets.SCRIPT).substring("/assets/".length())));
        assertEquals("text/javascript; charset=utf-8", script.getHeaders().get("Content-Type"));
        assertTrue(script.getBody().contains("'use strict'"));

        APIGatewayV2HTTPResponse plain = get(HttpEvents.route(CountHandler.ASSET).path("name", "petition.css"));
        assertEquals(200, plain.getStatusCode());
        assertEquals("public, max-age=60", plain.getHeaders().get("Cache-Control"), "the plain name's content may change");
        APIGatewayV2HTTPResponse other = get(HttpEvents.route(CountHandler.ASSET).path("name", "petition.0000000000.css"));
        assertEquals("public, max-age=60", other.getHeaders().get("Cache-Control"), "another version's name, mid-deploy");

        for (String name : List.of("petition.js.map", "..%2Ftemplates%2Fpetition.html.mustache",
                "../i18n/messages_en.properties", "")) {
            assertEquals(404, get(HttpEvents.route(CountHandler.ASSET).path("name", name)).getStatusCode(), name);
        }
    }

    @Test
    void unknownPetitionsAndBadInputGet4xxNever5xx() throws Exception {
        for (String id : List.of("no-such-petition", "UPPER", "a", "x".repeat(5000), "../../", "💥")) {
            for (String route : List.of(CountHandler.PETITION, CountHandler.COUNT)) {
                APIGatewayV2HTTPResponse response = get(HttpEvents.route(route).path("petitionId", id)
                        .header("accept-language", "q=;;,,"));
                assertEquals(404, response.getStatusCode(), id);
                assertEquals("petition_not_found", JSON.readTree(response.getBody()).get("error").get("code").asText());
            }
        }
        APIGatewayV2HTTPResponse page = get(HttpEvents.route(CountHandler.PETITION).path("petitionId", "nope").acceptHtml()
                .query("lang", "es"));
        assertEquals(404, page.getStatusCode());
        assertTrue(page.getBody().contains("No existe ninguna petición con ese nombre."));
        assertEquals(404, get(HttpEvents.route("GET /elsewhere")).getStatusCode());
    }

    @Test
    void theSampleEventsWork() throws Exception {
        confirmSigners(Map.of("ES", 1), 0);
        APIGatewayV2HTTPResponse count = handler.handleRequest(LocalStack.httpEvent("count.json"), null);
        assertEquals(1, JSON.readTree(count.getBody()).get("count").asLong());
        APIGatewayV2HTTPResponse petition = handler.handleRequest(LocalStack.httpEvent("petition.json"), null);
        assertEquals("es", JSON.readTree(petition.getBody()).get("lang").asText());
        APIGatewayV2HTTPResponse page = handler.handleRequest(LocalStack.httpEvent("petition-page.json"), null);
        assertTrue(page.getBody().contains("<html lang=\"ko\">"));
        APIGatewayV2HTTPResponse asset = handler.handleRequest(LocalStack.httpEvent("asset.json"), null);
        assertEquals("text/css; charset=utf-8", asset.getHeaders().get("Content-Type"));
        APIGatewayV2HTTPResponse list = handler.handleRequest(LocalStack.httpEvent("list-petitions.json"), null);
        assertEquals(2, JSON.readTree(list.getBody()).get("petitions").size());
    }

    /** primeNow lets a failing priming through; the stack's whole contents (every table, bucket, email) must not change. */
    @Test
    void snapStartPrimingSucceedsAndOnlyReads() {
        confirmSigners(Map.of("KR", 2), 1);
        LocalStack.Contents before = stack.contents();
        assertTrue(before.itemCount() > 3, "petitions, signatures and counters to read");

        java.util.List<String> calls = org.nkpetition.aws.SdkCalls.during(() -> handler.priming.primeNow());
        assertFalse(calls.isEmpty(), "priming read something (the SDK calls are recorded)");
        assertEquals(java.util.List.of(), org.nkpetition.aws.SdkCalls.writes(calls), "priming only reads: " + calls);
        assertEquals(before, stack.contents(), "priming wrote nothing, in any table");
    }

    /** Signs and confirms through the real signing service and store, leaving some signers pending. */
    private void confirmSigners(Map<String, Integer> perCountry, int pending) {
        List<EmailMessage> outbox = new ArrayList<>();
        SigningService signing = new SigningService(new DynamoDbSignatureStore(stack.dynamo(), "SignaturesTable", 10),
                outbox::add, new TemplatedEmailComposer(), new KeyedHash(LocalFunctions.LOCAL_SIGNER_HASH_KEY), Duration.ofDays(7));
        Links links = new Links("https://example.test");
        List<String> countries = new ArrayList<>();
        for (int i = 0; i < pending; i++) {
            countries.add("FR");
        }
        perCountry.forEach((country, signers) -> countries.addAll(java.util.Collections.nCopies(signers, country)));
        for (int n = 0; n < countries.size(); n++) {
            signing.sign(demo, new SignatureRequest("Signer " + n, "s" + n + "@example.org", countries.get(n),
                    Optional.empty(), Optional.empty(), Optional.empty(), Language.EN, DisplayName.FULL, false),
                    links, Instant.now());
        }
        Pattern token = Pattern.compile("token=([^&\\s\"]+)");
        // The first `pending` signers (in France) never confirm.
        for (int i = pending; i < outbox.size(); i++) {
            Matcher matcher = token.matcher(outbox.get(i).text());
            assertTrue(matcher.find());
            signing.confirm(matcher.group(1), Instant.now());
        }
    }
}
