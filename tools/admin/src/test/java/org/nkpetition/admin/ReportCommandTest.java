package org.nkpetition.admin;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkpetition.domain.Petition;
import org.nkpetition.localstack.ProjectFiles;
import org.nkpetition.petition.PetitionJson;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;

class ReportCommandTest {
    private final AdminFixture fixture = new AdminFixture();
    private Petition petition;

    @BeforeEach
    void reset() throws IOException {
        fixture.stack.reset();
        petition = PetitionJson.read(Files.readString(ProjectFiles.root()
                .resolve("tools/dev-server/seed/petitions/stop-forced-repatriation.json"), StandardCharsets.UTF_8));
        new DynamoDbPetitionStore(fixture.stack.dynamo(), "PetitionsTable").put(petition);
    }

    @Test
    void writesTheReportFilesIntoTheFolder(@TempDir Path out) throws IOException {
        // Confirmed a few seconds ago: the default cut-off is now in whole seconds, and a signer
        // confirmed within the current second is not yet in it.
        Instant confirmedAt = Instant.now().minusSeconds(5);
        fixture.signing.confirm(fixture.sign(petition, "kr-signer@example.org", "KR", false, false), confirmedAt);
        fixture.signing.confirm(fixture.sign(petition, "us-signer@example.org", "US", true, false), confirmedAt);
        fixture.sign(petition, "pending@example.org", "KR", false, false);

        AdminFixture.Run run = fixture.admin("report", "run", petition.id(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2 confirmed signatures"), run.out());
        Path folder;
        try (Stream<Path> cutoffs = Files.list(out.resolve(petition.id()))) {
            folder = cutoffs.findFirst().orElseThrow();
        }
        for (String name : List.of("report.pdf", "report.html", "signatures.csv", "packet-KR.pdf", "packet-US.csv", "summary.json")) {
            assertTrue(Files.size(folder.resolve(name)) > 0, name);
        }
        String csv = Files.readString(folder.resolve("signatures.csv"), StandardCharsets.UTF_8);
        assertEquals(3, csv.lines().count(), "header and the two confirmed signers");
        assertFalse(csv.contains("@example.org"), "never an address, not even of signers who asked for news");
    }

    @Test
    void refusesBadInputWithoutWritingAnything(@TempDir Path out) throws IOException {
        assertEquals(2, fixture.admin("report", "run", petition.id(), "--cutoff", "tomorrow", "--out", out.toString()).exitCode());
        assertEquals(2, fixture.admin("report", "run", petition.id(), "--cutoff", "2999-01-01T00:00:00Z", "--out", out.toString())
                .exitCode());
        assertEquals(2, fixture.admin("report", "run", petition.id(), "--lang", "fr", "--out", out.toString()).exitCode());
        assertEquals(3, fixture.admin("report", "run", "no-such-petition", "--out", out.toString()).exitCode());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }
}
