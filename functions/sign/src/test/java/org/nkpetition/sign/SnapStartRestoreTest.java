package org.nkpetition.sign;

import static org.junit.jupiter.api.Assertions.*;
import static org.nkpetition.sign.SignFixture.PETITION;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Petition;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;

/**
 * The sign function caches the petition per container (docs/adr/0046) and priming fills that cache
 * before the SnapStart snapshot: a restored container must read the petition afresh, or a petition
 * closed since the snapshot would keep taking signatures.
 */
class SnapStartRestoreTest {
    @Test
    void aPetitionClosedAfterTheSnapshotIsClosedInARestoredContainer() {
        SignFixture fixture = new SignFixture(Map.of("SIGNATURES_PER_IP_PER_HOUR", "1000000",
                "PETITION_CACHE_MILLIS", "600000", "COUNT_CACHE_MILLIS", "600000"));
        fixture.reset();
        fixture.handler.priming.primeNow(); // before the snapshot: reads (and caches) the open petition
        Petition open = SignFixture.demoPetition();
        new DynamoDbPetitionStore(fixture.stack.dynamo(), "PetitionsTable").put(new Petition(open.id(), Petition.Status.CLOSED,
                open.goal(), open.texts(), open.recipients(), open.organisers(), open.deliveryDates(), open.timeZone()));

        fixture.handler.priming.afterRestore(null);
        assertEquals(409, fixture.invoke(HttpEvents.route(SignHandler.SIGN).path("petitionId", PETITION)
                .json(SignFixture.signJson("Late Signer", "late@example.org", "KR", "en")).build()).getStatusCode(),
                "the restored container sees the petition as it is now");
    }
}
