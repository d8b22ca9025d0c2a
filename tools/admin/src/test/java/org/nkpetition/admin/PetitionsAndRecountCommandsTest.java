package org.nkpetition.admin;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.domain.Petition;
import org.nkpetition.localstack.ProjectFiles;
import org.nkpetition.storage.dynamodb.DynamoDbCountStore;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PetitionsAndRecountCommandsTest {
    private static final Path DEMO = ProjectFiles.root().resolve("tools/dev-server/seed/petitions/stop-forced-repatriation.json");
    private final AdminFixture fixture = new AdminFixture();

    @BeforeEach
    void reset() {
        fixture.stack.reset();
    }

    @Test
    void putListShowAndClose() {
        AdminFixture.Run put = fixture.admin("petitions", "put", DEMO.toString());
        assertEquals(0, put.exitCode(), put.err());
        assertTrue(put.out().contains("Saved petition stop-forced-repatriation (open, 4 languages)"), put.out());

        AdminFixture.Run list = fixture.admin("petitions", "list");
        assertTrue(list.out().contains("stop-forced-repatriation"));
        assertTrue(list.out().contains("open"));

        AdminFixture.Run show = fixture.admin("petitions", "show", "stop-forced-repatriation");
        assertEquals(0, show.exitCode());
        assertTrue(show.out().contains("\"timeZone\":\"Asia/Seoul\""));
        assertTrue(show.out().contains("confirmed signatures: 0"));

        assertEquals(0, fixture.admin("petitions", "close", "stop-forced-repatriation").exitCode());
        DynamoDbPetitionStore store = new DynamoDbPetitionStore(fixture.stack.dynamo(), "PetitionsTable");
        assertEquals(Petition.Status.CLOSED, store.find("stop-forced-repatriation").orElseThrow().status());
        var closedAt = store.closedAt("stop-forced-repatriation").orElseThrow();
        assertTrue(fixture.admin("petitions", "show", "stop-forced-repatriation").out().contains("closed at: " + closedAt));

        // Putting the closed file again keeps the first closing time.
        fixture.admin("petitions", "close", "stop-forced-repatriation");
        assertEquals(closedAt, store.closedAt("stop-forced-repatriation").orElseThrow());
    }

    @Test
    void badFilesAndUnknownIdsAreReportedPlainly(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"id\":\"x-y-z\",\"status\":\"open\",\"texts\":{\"en\":{}}}", StandardCharsets.UTF_8);
        AdminFixture.Run put = fixture.admin("petitions", "put", bad.toString());
        assertEquals(2, put.exitCode());
        assertTrue(put.err().contains("texts.en.title"), put.err());
        assertEquals(0, fixture.stack.dynamo().scan(b -> b.tableName("PetitionsTable")).count());

        AdminFixture.Run missing = fixture.admin("petitions", "put", dir.resolve("nope.json").toString());
        assertNotEquals(0, missing.exitCode());
        assertEquals(3, fixture.admin("petitions", "show", "no-such-petition").exitCode());
        assertEquals(3, fixture.admin("petitions", "close", "no-such-petition").exitCode());
        assertEquals(2, fixture.admin("petitions", "frobnicate").exitCode(), "unknown commands are usage errors");
    }

    @Test
    void recountRepairsADeliberatelyCorruptedShard() throws Exception {
        fixture.admin("petitions", "put", DEMO.toString());
        Petition petition = new DynamoDbPetitionStore(fixture.stack.dynamo(), "PetitionsTable")
                .find("stop-forced-repatriation").orElseThrow();
        for (int i = 0; i < 6; i++) {
            fixture.sign(petition, "kr" + i + "@example.org", "KR", false, true);
        }
        for (int i = 0; i < 3; i++) {
            fixture.sign(petition, "cl" + i + "@example.org", "CL", false, true);
        }
        fixture.sign(petition, "pending@example.org", "CL", false, false);

        AdminFixture.Run clean = fixture.admin("recount", "stop-forced-repatriation");
        assertTrue(clean.out().contains("counters are right (9 confirmed signatures)"), clean.out());

        // Corrupt one shard: 5 phantom signatures, two Koreans lost, a country that never signed.
        fixture.stack.dynamo().updateItem(b -> b.tableName("SignaturesTable")
                .key(Map.of("pk", AttributeValue.fromS("COUNTER#stop-forced-repatriation#3")))
                .updateExpression("ADD #t :five, #kr :minusTwo, #fr :one")
                .expressionAttributeNames(Map.of("#t", "total", "#kr", "country:KR", "#fr", "country:FR"))
                .expressionAttributeValues(Map.of(":five", AttributeValue.fromN("5"), ":minusTwo", AttributeValue.fromN("-2"),
                        ":one", AttributeValue.fromN("1"))));
        DynamoDbCountStore counts = new DynamoDbCountStore(fixture.stack.dynamo(), "SignaturesTable", 10);
        assertEquals(14, counts.read("stop-forced-repatriation").total());

        AdminFixture.Run repaired = fixture.admin("recount", "stop-forced-repatriation");
        assertEquals(0, repaired.exitCode(), repaired.err());
        assertTrue(repaired.out().contains("total 14 -> 9"), repaired.out());
        assertTrue(repaired.out().contains("KR 4 -> 6 (+2)"), repaired.out());
        assertTrue(repaired.out().contains("FR 1 -> 0 (-1)"), repaired.out());

        PetitionCount count = counts.read("stop-forced-repatriation");
        assertEquals(9, count.total());
        assertEquals(Map.of("KR", 6L, "CL", 3L), count.byCountry());
    }
}
