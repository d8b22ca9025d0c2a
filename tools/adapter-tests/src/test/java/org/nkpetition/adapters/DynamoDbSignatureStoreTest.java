package org.nkpetition.adapters;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nkpetition.fakes.SignatureStoreContract;
import org.nkpetition.count.CountStore;
import org.nkpetition.signature.ConfirmedSignatures;
import org.nkpetition.signature.SignatureStore;
import org.nkpetition.storage.dynamodb.DynamoDbConfirmedSignatures;
import org.nkpetition.storage.dynamodb.DynamoDbCountStore;
import org.nkpetition.storage.dynamodb.DynamoDbSignatureStore;

/**
 * The DynamoDB adapters of the signatures table hold to the contract the fake holds to: on moto,
 * or on the DynamoDB given by AWS_ENDPOINT_URL (one table made for this class, deleted after).
 * Small pages (2 items) make every listing of more than two signatures paginate.
 */
class DynamoDbSignatureStoreTest extends SignatureStoreContract {
    private static final AtomicInteger PETITIONS = new AtomicInteger();
    @RegisterExtension
    static final SignaturesTable SIGNATURES = new SignaturesTable();

    @Override
    protected SignatureStore signatures() {
        return new DynamoDbSignatureStore(SIGNATURES.dynamo(), SIGNATURES.name(), 3);
    }

    @Override
    protected CountStore counts() {
        return new DynamoDbCountStore(SIGNATURES.dynamo(), SIGNATURES.name(), 3);
    }

    @Override
    protected ConfirmedSignatures confirmed() {
        return new DynamoDbConfirmedSignatures(SIGNATURES.dynamo(), SIGNATURES.name(), 2);
    }

    @Override
    protected String freshPetitionId() {
        return "petition-" + PETITIONS.incrementAndGet();
    }

    @Override
    protected <T> T eventually(Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(SIGNATURES.tables().onEmulator() ? 0 : 20).toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            sleep();
            value = read.get();
        }
        return value;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
