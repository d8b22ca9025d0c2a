package org.nkpetition.admin;

import org.nkpetition.mail.composing.TemplatedEmailComposer;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import org.nkpetition.localstack.RunningDevServer;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;
import org.nkpetition.storage.dynamodb.DynamoDbConfirmedSignatures;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;
import org.nkpetition.storage.dynamodb.DynamoDbSignatureStore;
import org.nkpetition.updates.Unsubscriptions;
import org.nkpetition.updates.UpdatesService;

class NotifyCommandTest {
    private final AdminFixture fixture = new AdminFixture();
    @TempDir
    Path local;
    private Path body;
    private Petition petition;

    @BeforeEach
    void seed() throws Exception {
        fixture.stack.reset();
        petition = new Petition("news-petition", Petition.Status.OPEN, OptionalLong.empty(),
                Map.of(Language.EN, new PetitionText("Free them", "", "")), List.of(), List.of(),
                Petition.DEFAULT_DELIVERY_DATES, ZoneOffset.UTC);
        new DynamoDbPetitionStore(fixture.stack.dynamo(), "PetitionsTable").put(petition);
        fixture.sign(petition, "wants-news@example.org", "KR", true, true);
        fixture.sign(petition, "no-news@example.org", "KR", false, true);
        fixture.sign(petition, "unconfirmed@example.org", "KR", true, false);
        // A bin/dev started with PORT=3917, as bin/admin --local finds it.
        new RunningDevServer(URI.create("http://localhost:3917"), URI.create(fixture.stack.endpoint()),
                ProcessHandle.current().pid()).publish(local);
        body = local.resolve("body.txt");
        Files.writeString(body, "We delivered the petition in 21 cities.\n\nThank you.", StandardCharsets.UTF_8);
    }

    private AdminFixture.Run notifyWith(String subject) {
        return fixture.admin("--local-dir", local.toString(), "petitions", "notify", "news-petition",
                "--subject", subject, "--body-file", body.toString(), "--rate", "1000");
    }

    private List<String> outbox() throws Exception {
        Path outbox = local.resolve("outbox");
        if (!Files.exists(outbox)) {
            return List.of();
        }
        try (var files = Files.list(outbox)) {
            return files.map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void onlyOptedInConfirmedSignersNeverTwiceAndUnsubscribeStopsIt() throws Exception {
        AdminFixture.Run first = notifyWith("Delivered!");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("sent 1, already sent or opted out 0, failed 0"), first.out());
        List<String> emails = outbox();
        assertEquals(1, emails.size());
        String email = emails.get(0);
        assertTrue(email.contains("To: wants-news@example.org"));
        assertTrue(email.contains("List-Unsubscribe: <http://localhost:3917/signatures/unsubscribe?token="));
        assertTrue(email.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));

        AdminFixture.Run rerun = notifyWith("Delivered!");
        assertTrue(rerun.out().contains("sent 0, already sent or opted out 1"), rerun.out());
        assertEquals(1, outbox().size(), "a rerun emails nobody twice");

        Matcher token = Pattern.compile("unsubscribe\\?token=([A-Za-z0-9_.-]+)").matcher(email);
        assertTrue(token.find());
        DynamoDbSignatureStore store = new DynamoDbSignatureStore(fixture.stack.dynamo(), "SignaturesTable", 10);
        Unsubscriptions unsubscriptions = new Unsubscriptions(store);
        assertEquals(Unsubscriptions.Outcome.UNSUBSCRIBED, unsubscriptions.unsubscribe(token.group(1)));
        assertEquals(Unsubscriptions.Outcome.UNSUBSCRIBED, unsubscriptions.unsubscribe(token.group(1)), "idempotent");

        AdminFixture.Run next = notifyWith("Next campaign");
        assertTrue(next.out().contains("sent 0"), next.out());
        assertEquals(1, outbox().size());
        assertFalse(fixture.stack.dynamo().scan(b -> b.tableName("SignaturesTable")).items().toString()
                .contains("wants-news@example.org"), "unsubscribing forgets the address");
    }

    @Test
    void unknownPetitionsAndMissingFilesAreRefused() {
        assertEquals(3, fixture.admin("--local-dir", local.toString(), "petitions", "notify", "nope", "--subject", "S",
                "--body-file", body.toString()).exitCode());
        assertNotEquals(0, fixture.admin("--local-dir", local.toString(), "petitions", "notify", "news-petition",
                "--subject", "S", "--body-file", local.resolve("missing.txt").toString()).exitCode());
    }
}
