package org.nkpetition.http;

import org.nkpetition.domain.Petition;
import org.nkpetition.i18n.Message;
import org.nkpetition.petition.PetitionJson;
import org.nkpetition.petition.PetitionStore;

/** The petition a request's {petitionId} names, or a 404 (also for ids that cannot exist). */
public final class PetitionLookup {
    private PetitionLookup() {
    }

    public static Petition require(PetitionStore petitions, HttpRequest request) {
        String id = request.pathParameter("petitionId").orElse("");
        return require(petitions, id);
    }

    public static Petition require(PetitionStore petitions, String id) {
        if (!PetitionJson.isValidId(id)) {
            throw notFound();
        }
        return petitions.find(id).orElseThrow(PetitionLookup::notFound);
    }

    private static HttpProblem notFound() {
        return new HttpProblem(404, "petition_not_found", Message.of("error_petition_not_found"));
    }
}
