package org.nkpetition.count.handler;

import org.nkpetition.storage.dynamodb.DynamoDbClients;
import org.nkpetition.count.PetitionCount;

import org.nkpetition.count.CountStore;

import org.nkpetition.count.CachedCounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.aws.PrimingData;
import org.nkpetition.aws.SnapStartPriming;
import org.nkpetition.aws.DependencyFaults;
import org.nkpetition.config.Environment;
import org.nkpetition.deliveries.LivePlaces;
import org.nkpetition.deliveries.dynamodb.DynamoDbDeliveryStore;
import org.nkpetition.missions.dynamodb.DynamoDbMissionStore;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;
import org.nkpetition.web.PageFunction;
import org.nkpetition.http.HttpProblem;
import org.nkpetition.http.HttpRequest;
import org.nkpetition.http.HttpResponses;
import org.nkpetition.http.PetitionLookup;
import org.nkpetition.http.Reply;
import org.nkpetition.i18n.Message;
import org.nkpetition.petition.PetitionStore;
import org.nkpetition.storage.dynamodb.DynamoDbStores;
import org.nkpetition.web.Assets;
import org.nkpetition.links.Links;
import org.nkpetition.web.Pages;
import org.nkpetition.web.PetitionForm;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The petition read side: the list of open petitions, a petition (JSON or its page), its count, the pages' assets. */
public final class CountHandler extends PageFunction {
    static final String LIST = "GET /petitions";
    static final String PETITION = "GET /petitions/{petitionId}";
    static final String COUNT = "GET /petitions/{petitionId}/count";
    static final String ASSET = "GET /assets/{name}";
    static final String DELIVERIES = "GET /deliveries";
    /** Counts may be a few seconds old: browsers and any CDN in front can absorb a crowd refreshing. */
    static final String COUNT_CACHE_CONTROL = "public, max-age=5";
    private static final String PRIMING_PETITION = "stop-forced-repatriation";

    private final PetitionStore petitions;
    private final CountStore counts;
    private final Optional<String> publicBaseUrl;
    private final DeliveriesReply deliveries;
    /** Missions and deliveries (cached a minute per container): the region selects and the deliveries page. */
    private final LivePlaces places;
    final SnapStartPriming priming = SnapStartPriming.register(this::prime);

    public CountHandler() {
        this(System.getenv());
    }

    public CountHandler(Map<String, String> variables) {
        Environment env = new Environment(variables);
        DynamoDbClient dynamo = DynamoDbClients.create(env);
        this.petitions = DynamoDbStores.petitions(env, dynamo);
        // Each container reads a petition's shards at most once per COUNT_CACHE_MILLIS (docs/PERFORMANCE.md).
        this.counts = new CachedCounts(DynamoDbStores.counts(env, dynamo), env.getInt("COUNT_CACHE_MILLIS", 0));
        this.publicBaseUrl = env.get("PUBLIC_BASE_URL");
        String petitionsTable = env.require("PETITIONS_TABLE");
        this.places = new LivePlaces(new DynamoDbMissionStore(dynamo, petitionsTable),
                new DynamoDbDeliveryStore(dynamo, petitionsTable), env.getInt("MISSIONS_CACHE_MILLIS", 60_000));
        this.deliveries = new DeliveriesReply(petitions, places, counts);
    }

    /** Reads only: the demo petition and its shards, every page template, the JSON writer. */
    private void prime() {
        Petition petition = petitions.find(PRIMING_PETITION).orElseGet(PrimingData::petition);
        PetitionCount count = counts.read(petition.id());
        for (Language language : Language.values()) {
            Pages.petition(petition, count, language, PetitionForm.EMPTY, new Links("https://example.org"));
        }
        petitions.list();
        HttpResponses.json(200, Map.of("petitionId", petition.id(), "count", count.total()), COUNT_CACHE_CONTROL);
    }

    @Override
    protected Reply route(HttpRequest request) {
        return switch (request.routeKey()) {
            case LIST -> list(request);
            case PETITION -> petition(request);
            case COUNT -> count(request);
            case ASSET -> asset(request);
            case DELIVERIES -> deliveries.reply(request);
            default -> throw new HttpProblem(404, "not_found", Message.of("error_not_found"));
        };
    }

    private Reply list(HttpRequest request) {
        Language language = request.language();
        List<Map<String, Object>> open = petitions.list().stream()
                .filter(Petition::isOpen)
                .map(petition -> summary(petition, language))
                .toList();
        return new Reply(HttpResponses.json(200, Map.of("petitions", open)), "listed");
    }

    private Reply petition(HttpRequest request) {
        Petition petition = PetitionLookup.require(petitions, request);
        Language language = request.language();
        PetitionCount count = counts.read(petition.id());
        if (request.wantsHtml()) {
            Links links = new Links(request.baseUrl(publicBaseUrl));
            PetitionForm form = PetitionForm.EMPTY.askingRegionIn(regionCountries());
            return new Reply(HttpResponses.html(200, Pages.petition(petition, count, language, form, links)), "page");
        }
        PetitionText text = petition.text(language);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", petition.id());
        body.put("status", petition.status().code());
        body.put("lang", petition.textLanguage(language).code());
        body.put("title", text.title());
        body.put("summary", text.summary());
        body.put("body", text.body());
        body.put("recipients", petition.recipients(petition.textLanguage(language)));
        body.put("goal", petition.goal().isPresent() ? petition.goal().getAsLong() : null);
        body.put("count", count.total());
        body.put("languages", petition.texts().keySet().stream().map(Language::code).sorted().toList());
        return new Reply(HttpResponses.json(200, body), "petition");
    }

    /**
     * The countries whose signers pick a region. The page still works when the missions cannot be read: the form
     * then has no region select, and the sign function asks for the region on submission (as without JavaScript).
     */
    private java.util.Set<String> regionCountries() {
        try {
            return places.countriesAskingRegion();
        } catch (RuntimeException e) {
            if (DependencyFaults.isUnavailable(e)) {
                return java.util.Set.of();
            }
            throw e;
        }
    }

    private Reply count(HttpRequest request) {
        Petition petition = PetitionLookup.require(petitions, request);
        PetitionCount count = counts.read(petition.id());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("petitionId", petition.id());
        body.put("count", count.total());
        body.put("goal", petition.goal().isPresent() ? petition.goal().getAsLong() : null);
        body.put("byCountry", count.byCountry());
        body.put("updatedAt", count.updatedAt().map(Object::toString).orElse(null));
        return new Reply(HttpResponses.json(200, body, COUNT_CACHE_CONTROL), "count");
    }

    /** The pages' stylesheet and script; only those two files, by name (see Assets and docs/adr/0301). */
    private Reply asset(HttpRequest request) {
        return request.pathParameter("name").flatMap(Assets::find)
                .map(asset -> new Reply(HttpResponses.file(asset.asset().contentType(), asset.asset().body(), asset.cacheControl()), "asset"))
                .orElseThrow(() -> new HttpProblem(404, "not_found", Message.of("error_not_found")));
    }

    private Map<String, Object> summary(Petition petition, Language language) {
        PetitionText text = petition.text(language);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", petition.id());
        summary.put("title", text.title());
        summary.put("summary", text.summary());
        summary.put("goal", petition.goal().isPresent() ? petition.goal().getAsLong() : null);
        summary.put("count", counts.read(petition.id()).total());
        return summary;
    }
}
