package org.nkpetition.count.handler;

import org.nkpetition.count.CountStore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nkpetition.deliveries.LivePlaces;
import org.nkpetition.deliveries.PublicDeliveries;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.http.HttpRequest;
import org.nkpetition.http.HttpResponses;
import org.nkpetition.http.PetitionLookup;
import org.nkpetition.http.Reply;
import org.nkpetition.missions.Mission;
import org.nkpetition.petition.PetitionStore;
import org.nkpetition.web.DeliveriesPage;

/**
 * {@code GET /deliveries?petition={id}}: where and when the petition is delivered ({@link PublicDeliveries}), with
 * the confirmed signatures assigned to each mission (the counter shards' per-mission counts, issue 14): the page for
 * browsers ({@code Accept: text/html}) in the request's language ({@code ?lang=}, else Accept-Language), JSON
 * otherwise; 404 for an unknown or missing petition. Missions and deliveries live in the petitions table
 * (docs/adr/0060).
 */
final class DeliveriesReply {
    /** Delivery plans change rarely; a minute of caching absorbs a crowd on the delivery day. */
    static final String CACHE_CONTROL = "public, max-age=60";

    private final PetitionStore petitions;
    private final LivePlaces places;
    private final CountStore counts;

    DeliveriesReply(PetitionStore petitions, LivePlaces places, CountStore counts) {
        this.petitions = petitions;
        this.places = places;
        this.counts = counts;
    }

    Reply reply(HttpRequest request) {
        Petition petition = PetitionLookup.require(petitions, request.query("petition").orElse(""));
        Language language = request.language();
        Map<String, Mission> byId = places.missions().stream().collect(Collectors.toMap(Mission::id, Function.identity()));
        // Every mission with a delivery gets a number: no confirmed signature yet is 0, not unknown.
        Map<String, Long> signatures = new HashMap<>();
        byId.keySet().forEach(id -> signatures.put(id, 0L));
        signatures.putAll(counts.read(petition.id()).byMission());
        Map<String, Object> body = PublicDeliveries.body(petition.id(), places.deliveries(petition.id()), byId, signatures,
                language);
        if (request.wantsHtml()) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("deliveries");
            return new Reply(HttpResponses.html(200, DeliveriesPage.render(petition, items, language)), "deliveries_page");
        }
        return new Reply(HttpResponses.json(200, body, CACHE_CONTROL), "deliveries");
    }
}
