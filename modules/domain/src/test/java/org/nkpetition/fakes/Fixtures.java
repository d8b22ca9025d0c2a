package org.nkpetition.fakes;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;
import org.nkpetition.signature.DisplayName;
import org.nkpetition.signature.SignatureRequest;

/** Small domain values for tests: petitions and signature requests with sensible defaults. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Petition petition(String id, Petition.Status status) {
        return new Petition(id, status, OptionalLong.of(1000),
                Map.of(Language.EN, new PetitionText("Stop forced repatriation", "Summary", "Body"),
                        Language.KO, new PetitionText("강제송환 중단", "요약", "본문")),
                List.of("Embassy"), List.of("organiser@example.org"), Petition.DEFAULT_DELIVERY_DATES, ZoneOffset.UTC);
    }

    public static Petition openPetition(String id) {
        return petition(id, Petition.Status.OPEN);
    }

    /** A valid request: full name delivered, no updates, no optional fields. */
    public static SignatureRequest request(String name, String email, String country) {
        return new SignatureRequest(name, email, country, Optional.empty(), Optional.empty(), Optional.empty(),
                Language.EN, DisplayName.FULL, false);
    }

    /** A request with every optional field filled, in the given language, display choice and opt-in. */
    public static SignatureRequest fullRequest(String name, String email, String country, Language language,
            DisplayName displayName, boolean updates) {
        return new SignatureRequest(name, email, country, Optional.of("Gwangju"), Optional.of("61000"),
                Optional.of("Free them all"), language, displayName, updates);
    }
}
