package org.nkpetition.admin;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;
import org.nkpetition.storage.dynamodb.DynamoDbCountStore;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;

class SignaturesCommandTest {
    private final AdminFixture fixture = new AdminFixture();
    private Petition first;
    private Petition second;

    @BeforeEach
    void seed() {
        fixture.stack.reset();
        DynamoDbPetitionStore petitions = new DynamoDbPetitionStore(fixture.stack.dynamo(), "PetitionsTable");
        first = petition("first-petition");
        second = petition("second-petition");
        petitions.put(first);
        petitions.put(second);
    }

    private static Petition petition(String id) {
        return new Petition(id, Petition.Status.OPEN, OptionalLong.empty(), Map.of(Language.EN, new PetitionText("T", "", "")),
                List.of(), List.of(), Petition.DEFAULT_DELIVERY_DATES, ZoneOffset.UTC);
    }

    @Test
    void exportsConfirmedSignaturesSafelyAndWithoutAddresses(@TempDir Path dir) throws Exception {
        fixture.sign(first, "=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")@example.org", "KR", true, true);
        fixture.sign(first, "quiet@example.org", "ES", false, true);
        fixture.sign(first, "pending@example.org", "US", true, false);

        Path file = dir.resolve("export.csv");
        AdminFixture.Run run = fixture.admin("signatures", "export", "first-petition", "--out", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("exported 2 confirmed signatures"));
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(csv.contains("@example.org"), "no email address without --with-emails");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(2, rows.size(), "the pending signature is not exported");
        CSVRecord hostile = rows.stream().filter(r -> r.get("country").equals("KR")).findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"x\")", hostile.get("name"), "formulas are neutralised");
        assertEquals("Seoul", hostile.get("city"));
        assertEquals("A comment", hostile.get("comment"));

        AdminFixture.Run withEmails = fixture.admin("signatures", "export", "first-petition", "--with-emails");
        assertTrue(withEmails.out().contains("'=HYPERLINK(\"\"x\"\")@example.org"),
                "opted-in addresses only, neutralised against formulas: " + withEmails.out());
        assertFalse(withEmails.out().contains("quiet@example.org"), "not opted in");
        assertEquals(3, fixture.admin("signatures", "export", "no-such-petition").exitCode());
    }

    @Test
    void erasureRemovesThePersonFromEveryPetitionAndTheCounts() {
        fixture.sign(first, "Erase Me", "Erase.Me+tag@Example.org", "KR", true, true);
        fixture.sign(second, "erase.me@example.org", "KR", false, false);
        fixture.sign(first, "stays@example.org", "KR", false, true);

        AdminFixture.Run run = fixture.admin("signatures", "erase", "--email", "erase.me@example.org");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("first-petition"));
        assertTrue(run.out().contains("second-petition"));

        DynamoDbCountStore counts = new DynamoDbCountStore(fixture.stack.dynamo(), "SignaturesTable", 10);
        assertEquals(1, counts.read("first-petition").total());
        String everything = fixture.stack.dynamo().scan(b -> b.tableName("SignaturesTable")).items().toString();
        assertFalse(everything.toLowerCase().contains("erase.me"));
        assertFalse(everything.contains("Erase Me"));
        assertTrue(fixture.admin("signatures", "erase", "--email", "nobody@example.org").out()
                .contains("No signature with that address."));
    }

    @Test
    void erasureFindsTheMailboxWhicheverWayItIsWritten() {
        // Signed in one spelling, erased in another: the same canonical mailbox as signing used.
        fixture.sign(first, "Gmail Twin", "first.last@gmail.com", "KR", false, true);
        fixture.sign(second, "Idn Twin", "ann@xn--bcher-kva.example", "KR", false, true);
        fixture.sign(first, "Quoted Twin", "q@example.org", "KR", false, true);

        assertTrue(fixture.admin("signatures", "erase", "--email", "FirstLast@googlemail.com").out().contains("first-petition"));
        assertTrue(fixture.admin("signatures", "erase", "--email", "ann@bücher.example").out().contains("second-petition"));
        assertTrue(fixture.admin("signatures", "erase", "--email", "\"q\"@example.org").out().contains("first-petition"));
        String everything = fixture.stack.dynamo().scan(b -> b.tableName("SignaturesTable")).items().toString();
        assertFalse(everything.contains("Twin"), everything);
    }

    @Test
    void withoutOptInNoRawAddressRemainsAfterConfirmation() {
        fixture.sign(first, "private@example.org", "DE", false, true);
        fixture.sign(first, "news@example.org", "DE", true, true);
        String everything = fixture.stack.dynamo().scan(b -> b.tableName("SignaturesTable")).items().toString();
        assertFalse(everything.contains("private@example.org"));
        assertTrue(everything.contains("news@example.org"), "kept only because that signer asked for news");
    }

    @Test
    void pendingSignaturesCarryTheirExpiry() {
        fixture.sign(first, "later@example.org", "DE", false, false);
        var items = fixture.stack.dynamo().scan(b -> b.tableName("SignaturesTable")).items();
        assertFalse(items.isEmpty());
        items.forEach(item -> assertTrue(item.containsKey("expiresAt"), "TTL attribute on " + item.get("pk").s()));
    }
}
