package org.nkpetition.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;
import org.nkpetition.localstack.RunningDevServer;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;

/**
 * bin/admin --local without --aws-endpoint: it finds bin/dev through the dev-server.properties a
 * running bin/dev publishes (here one started with PORT=3917 whose moto is the tests' moto), and
 * ignores a file left by a bin/dev that is gone.
 */
class LocalDiscoveryTest {
    private final AdminFixture fixture = new AdminFixture();
    @TempDir
    Path local;
    private Petition petition;

    @BeforeEach
    void seed() {
        fixture.stack.reset();
        petition = new Petition("found-by-discovery", Petition.Status.OPEN, OptionalLong.empty(),
                Map.of(Language.EN, new PetitionText("Found", "", "")), List.of(), List.of(),
                Petition.DEFAULT_DELIVERY_DATES, ZoneOffset.UTC);
        new DynamoDbPetitionStore(fixture.stack.dynamo(), "PetitionsTable").put(petition);
    }

    private AdminFixture.Run admin(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AdminCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), arguments);
        return new AdminFixture.Run(code, out.toString(), err.toString());
    }

    @Test
    void findsTheRunningDevServersMotoAndAddress() throws Exception {
        new RunningDevServer(URI.create("http://localhost:3917"), URI.create(fixture.stack.endpoint()),
                ProcessHandle.current().pid()).publish(local);

        AdminFixture.Run listed = admin("--local", "--local-dir", local.toString(), "petitions", "list");
        assertEquals(0, listed.exitCode(), listed.err());
        assertTrue(listed.out().contains("found-by-discovery"), listed.out());

        fixture.sign(petition, "news@example.org", "KR", true, true);
        Path body = local.resolve("body.txt");
        Files.writeString(body, "Delivered.", StandardCharsets.UTF_8);
        AdminFixture.Run notified = admin("--local", "--local-dir", local.toString(), "petitions", "notify",
                petition.id(), "--subject", "News", "--body-file", body.toString(), "--rate", "1000");
        assertEquals(0, notified.exitCode(), notified.err());
        try (var emails = Files.list(local.resolve("outbox"))) {
            String email = Files.readString(emails.findFirst().orElseThrow(), StandardCharsets.UTF_8);
            assertTrue(email.contains("<http://localhost:3917/signatures/unsubscribe?token="), email);
        }
    }

    @Test
    void aFileLeftByAStoppedDevServerIsIgnored() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        new RunningDevServer(URI.create("http://localhost:3917"), URI.create(fixture.stack.endpoint()), gone.pid())
                .publish(local);

        AdminFixture.Run run = admin("--local", "--local-dir", local.toString(), "petitions", "list");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("No running bin/dev found"), run.err());
    }
}
