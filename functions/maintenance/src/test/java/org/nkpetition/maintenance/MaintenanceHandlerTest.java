package org.nkpetition.maintenance;

import org.nkpetition.mail.composing.TemplatedEmailComposer;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.config.Environment;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;
import org.nkpetition.localstack.LocalFunctions;
import org.nkpetition.localstack.LocalStack;
import org.nkpetition.mail.EmailComposer;
import org.nkpetition.mail.EmailMessage;
import org.nkpetition.security.KeyedHash;
import org.nkpetition.signature.DisplayName;
import org.nkpetition.signature.SignatureRequest;
import org.nkpetition.signature.SigningService;
import org.nkpetition.storage.dynamodb.DynamoDbCountStore;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;
import org.nkpetition.storage.dynamodb.DynamoDbSignatureStore;
import org.nkpetition.links.Links;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class MaintenanceHandlerTest {
    private static final Instant CLOSED = Instant.parse("2026-01-10T00:00:00Z");
    private final LocalStack stack = LocalStack.get();
    private final Map<String, String> environment = stack.environment("MaintenanceFunction", Map.of());
    private final DynamoDbPetitionStore petitions = new DynamoDbPetitionStore(stack.dynamo(), "PetitionsTable");

    @BeforeEach
    void reset() {
        stack.reset();
    }

    private MaintenanceHandler at(Instant now) {
        return new MaintenanceHandler(new Environment(environment), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Petition petition(String id, Petition.Status status) {
        return new Petition(id, status, java.util.OptionalLong.empty(),
                Map.of(Language.EN, new PetitionText("T", "", "")), List.of(), List.of(),
                Petition.DEFAULT_DELIVERY_DATES, ZoneOffset.UTC);
    }

    private void signAndConfirm(Petition petition, String email) {
        List<EmailMessage> outbox = new ArrayList<>();
        SigningService signing = new SigningService(new DynamoDbSignatureStore(stack.dynamo(), "SignaturesTable", 10),
                outbox::add, new TemplatedEmailComposer(), new KeyedHash(LocalFunctions.LOCAL_SIGNER_HASH_KEY), Duration.ofDays(7));
        signing.sign(petition, new SignatureRequest("Full Name " + email, email, "KR", Optional.of("Gwangju"),
                Optional.of("61000"), Optional.of("My comment"), Language.KO, DisplayName.FULL, true),
                new Links("https://example.test"), Instant.now());
        Matcher token = Pattern.compile("token=([^&\\s\"]+)").matcher(outbox.get(0).text());
        assertTrue(token.find());
        signing.confirm(token.group(1), Instant.now());
    }

    @Test
    void anonymisesOnlyPetitionsClosedLongerThanTheConfiguredPeriodAndOnlyOnce() {
        Petition old = petition("closed-long-ago", Petition.Status.CLOSED);
        Petition recent = petition("closed-recently", Petition.Status.CLOSED);
        Petition open = petition("still-open", Petition.Status.OPEN);
        petitions.put(old, CLOSED);
        petitions.put(recent, CLOSED.plus(Duration.ofDays(100)));
        petitions.put(open, CLOSED);
        for (Petition petition : List.of(old, recent, open)) {
            signAndConfirm(petition, "a@example.org");
            signAndConfirm(petition, "b@example.org");
        }

        assertEquals("180", environment.get("ANONYMISE_AFTER_DAYS"), "the template's AnonymiseAfterDays");
        Instant due = CLOSED.plus(Duration.ofDays(180));
        Map<String, Object> early = at(due.minusSeconds(1)).handleRequest(Map.of("task", "anonymise"), null);
        assertEquals(List.of(), early.get("anonymised"), "not one second before AnonymiseAfterDays");
        assertTrue(signatures().stream().allMatch(item -> item.containsKey("rosterName")), "nothing stripped yet");

        Map<String, Object> summary = at(due.plusSeconds(1)).handleRequest(Map.of("task", "anonymise"), null);
        assertEquals(List.of(Map.of("petitionId", "closed-long-ago", "signatures", 2L)), summary.get("anonymised"));

        for (Map<String, AttributeValue> item : signatures()) {
            String pk = item.get("pk").s();
            boolean stripped = pk.startsWith("SIGNATURE#closed-long-ago#");
            assertEquals(!stripped, item.containsKey("rosterName"), pk);
            assertEquals(!stripped, item.containsKey("comment"), pk);
            assertEquals(!stripped, item.containsKey("email"), pk);
            assertEquals("KR", item.get("country").s(), "counts and statistics survive");
        }
        assertEquals(2, new DynamoDbCountStore(stack.dynamo(), "SignaturesTable", 10).read("closed-long-ago").total());

        Map<String, Object> again = at(due.plus(Duration.ofDays(1))).handleRequest(Map.of("task", "anonymise"), null);
        assertEquals(List.of(), again.get("anonymised"), "a petition is anonymised once");
    }

    @Test
    void theNightlyRecountRepairsEveryPetition() {
        Petition petition = petition("drifting", Petition.Status.OPEN);
        petitions.put(petition);
        signAndConfirm(petition, "c@example.org");
        stack.dynamo().updateItem(b -> b.tableName("SignaturesTable")
                .key(Map.of("pk", AttributeValue.fromS("COUNTER#drifting#7")))
                .updateExpression("ADD #t :n").expressionAttributeNames(Map.of("#t", "total"))
                .expressionAttributeValues(Map.of(":n", AttributeValue.fromN("41"))));

        Map<String, Object> summary = at(Instant.now()).handleRequest(Map.of("task", "recount"), null);
        assertEquals(List.of(Map.of("petitionId", "drifting", "before", 42L, "after", 1L)), summary.get("repaired"));
        assertEquals(1, new DynamoDbCountStore(stack.dynamo(), "SignaturesTable", 10).read("drifting").total());
    }

    @Test
    void unknownTasksFailLoudly() {
        assertThrows(IllegalArgumentException.class, () -> at(Instant.now()).handleRequest(Map.of("task", "drop"), null));
    }

    private List<Map<String, AttributeValue>> signatures() {
        return stack.dynamo().scanPaginator(b -> b.tableName("SignaturesTable")).items().stream()
                .filter(item -> item.get("pk").s().startsWith("SIGNATURE#")).toList();
    }
}
