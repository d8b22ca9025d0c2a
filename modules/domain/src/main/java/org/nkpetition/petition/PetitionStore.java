package org.nkpetition.petition;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.nkpetition.domain.Petition;

/** Where petition definitions are kept. */
public interface PetitionStore {
    Optional<Petition> find(String petitionId);

    List<Petition> list();

    /** Creates or replaces a petition; records when it was closed the first time its status is closed. */
    void put(Petition petition, Instant now);

    default void put(Petition petition) {
        put(petition, Instant.now());
    }

    /** When the petition was closed, if it is. */
    Optional<Instant> closedAt(String petitionId);

    /** When its signers' details were anonymised, if they were. */
    Optional<Instant> anonymisedAt(String petitionId);

    void markAnonymised(String petitionId, Instant at);
}
