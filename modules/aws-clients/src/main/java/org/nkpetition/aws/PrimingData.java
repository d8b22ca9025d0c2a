package org.nkpetition.aws;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;

/** Stand-in data for SnapStart priming when the real petition is not there yet. */
public final class PrimingData {
    private PrimingData() {
    }

    public static Petition petition() {
        return new Petition("snapstart-priming", Petition.Status.OPEN, OptionalLong.of(1),
                Map.of(Language.EN, new PetitionText("Priming", "Priming", "Priming")), List.of("Priming"), List.of(),
                Petition.DEFAULT_DELIVERY_DATES, ZoneOffset.UTC);
    }
}
