package org.nkpetition.fakes;

import java.util.concurrent.atomic.AtomicInteger;
import org.nkpetition.count.CountStore;
import org.nkpetition.signature.ConfirmedSignatures;
import org.nkpetition.signature.SignatureStore;

/** The fake holds to the same contract as the DynamoDB adapters (DynamoDbSignatureStoreTest). */
class InMemorySignatureStoreTest extends SignatureStoreContract {
    private static final AtomicInteger PETITIONS = new AtomicInteger();
    private final InMemorySignatureStore store = new InMemorySignatureStore();

    @Override
    protected SignatureStore signatures() {
        return store;
    }

    @Override
    protected CountStore counts() {
        return store;
    }

    @Override
    protected ConfirmedSignatures confirmed() {
        return store;
    }

    @Override
    protected String freshPetitionId() {
        return "petition-" + PETITIONS.incrementAndGet();
    }
}
