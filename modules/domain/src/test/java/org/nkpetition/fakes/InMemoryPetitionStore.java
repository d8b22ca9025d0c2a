package org.nkpetition.fakes;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.domain.Petition;
import org.nkpetition.petition.PetitionStore;

/**
 * Petitions in memory, with the adapter's rules ({@code DynamoDbPetitionStore}): the first closing
 * time is kept through later edits, reopening forgets it, {@link #list} is sorted by id.
 */
public final class InMemoryPetitionStore implements PetitionStore {
    private final Map<String, Petition> petitions = new HashMap<>();
    private final Map<String, Instant> closedAt = new HashMap<>();
    private final Map<String, Instant> anonymisedAt = new HashMap<>();
    private int writes;

    @Override
    public synchronized Optional<Petition> find(String petitionId) {
        return Optional.ofNullable(petitions.get(petitionId));
    }

    @Override
    public synchronized List<Petition> list() {
        return petitions.values().stream().sorted(Comparator.comparing(Petition::id)).toList();
    }

    @Override
    public synchronized void put(Petition petition, Instant now) {
        writes++;
        petitions.put(petition.id(), petition);
        if (petition.isOpen()) {
            closedAt.remove(petition.id());
        } else {
            closedAt.putIfAbsent(petition.id(), now);
        }
    }

    @Override
    public synchronized Optional<Instant> closedAt(String petitionId) {
        return Optional.ofNullable(closedAt.get(petitionId));
    }

    @Override
    public synchronized Optional<Instant> anonymisedAt(String petitionId) {
        return Optional.ofNullable(anonymisedAt.get(petitionId));
    }

    @Override
    public synchronized void markAnonymised(String petitionId, Instant at) {
        if (!petitions.containsKey(petitionId)) {
            throw new IllegalArgumentException("No petition " + petitionId);
        }
        writes++;
        anonymisedAt.put(petitionId, at);
    }

    /** How many writes (puts, marks) this store has taken: for tests of code that must only read. */
    public synchronized int writes() {
        return writes;
    }
}
