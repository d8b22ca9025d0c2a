package org.nkpetition.petition;

import java.util.List;
import java.util.Optional;
import org.nkpetition.domain.Petition;

/** Where petition definitions are kept. */
public interface PetitionStore {
    Optional<Petition> find(String petitionId);

    List<Petition> list();

    void put(Petition petition);
}
