package org.nkpetition.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkpetition.deliveries.Delivery;
import org.nkpetition.deliveries.dynamodb.DynamoDbDeliveryStore;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;
import org.nkpetition.localstack.ProjectFiles;
import org.nkpetition.missions.Mission;
import org.nkpetition.missions.dynamodb.DynamoDbMissionStore;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;

/** bin/admin --local missions … and deliveries …, in-process against the tests' moto (the DynamoDB adapters too). */
class MissionsAndDeliveriesCommandsTest {
    private static final Path STARTER = ProjectFiles.root().resolve("tools/dev-server/seed/missions/missions.csv");
    private static final String DELIVERIES_HEADER = "petition,date,mission,local_time,meeting_point,coordinator_email\n";

    private final AdminFixture fixture = new AdminFixture();
    private final DynamoDbMissionStore missions = new DynamoDbMissionStore(fixture.stack.dynamo(), "PetitionsTable");
    private final DynamoDbDeliveryStore deliveries = new DynamoDbDeliveryStore(fixture.stack.dynamo(), "PetitionsTable");
    private final DynamoDbPetitionStore petitions = new DynamoDbPetitionStore(fixture.stack.dynamo(), "PetitionsTable");
    @TempDir
    Path dir;

    @BeforeEach
    void reset() {
        fixture.stack.reset();
        petitions.put(new Petition("demo", Petition.Status.OPEN, OptionalLong.empty(),
                Map.of(Language.EN, new PetitionText("Free them", "", "")), List.of(), List.of(),
                Petition.DEFAULT_DELIVERY_DATES, ZoneOffset.UTC));
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void importsTheStarterFileExportsItBackAndPetitionsStillListOnlyPetitions() throws Exception {
        AdminFixture.Run run = fixture.admin("missions", "import", STARTER.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Imported 19 missions (18 active, 1 closed) in 11 countries.");
        assertThat(run.err()).contains("verified=false");
        assertThat(missions.find("us-chicago")).get().extracting(m -> m.jurisdiction().covers("US-IL")).isEqualTo(true);

        Path exported = dir.resolve("out.csv");
        assertThat(fixture.admin("missions", "export", "--out", exported.toString()).exitCode()).isZero();
        assertThat(fixture.admin("missions", "import", exported.toString()).exitCode()).isZero();
        assertThat(missions.list()).hasSize(19);

        assertThat(fixture.admin("missions", "list").out()).contains("us-houston").contains("CLOSED");
        // Mission items share the petitions table: the petition store must not see them.
        assertThat(petitions.list()).extracting(Petition::id).containsExactly("demo");
    }

    @Test
    void aFileWithErrorsWritesNothingAndNamesItsLines() throws Exception {
        fixture.admin("missions", "import", STARTER.toString());
        List<Mission> before = missions.list();
        Path bad = file("bad.csv", "id,kind,country,city,name_en,jurisdiction,source\n"
                + "us-chicago,consulate-general,US,Chicago,Name,US-IL,src\n"
                + "us-other,consulate,US,Other,Name,US-IL,src\n"
                + "kr-x,consulate,KR,X,Name,US-CA,src\n");
        AdminFixture.Run run = fixture.admin("missions", "import", bad.toString());
        assertThat(run.exitCode()).isEqualTo(MissionsCommand.INVALID_FILE);
        assertThat(run.err()).contains("bad.csv: line 3: US-IL is already in the jurisdiction of us-chicago")
                .contains("bad.csv: line 4: subdivision \"US-CA\" is not an ISO 3166-2 code of KR")
                .contains("nothing was written");
        assertThat(missions.list()).isEqualTo(before);
    }

    @Test
    void deliveriesArePutListedAndRemovedAndAnUnknownMissionWritesNothing() throws Exception {
        fixture.admin("missions", "import", STARTER.toString());
        Path day = file("day.csv", DELIVERIES_HEADER
                + "demo,2026-09-24,us-chicago,11:00,\"1 E Erie St, across the street\",chicago@example.org\n"
                + "demo,2026-09-24,kr-busan,12:00,,\n");
        AdminFixture.Run put = fixture.admin("deliveries", "put", day.toString());
        assertThat(put.exitCode()).as(put.err()).isZero();
        assertThat(put.out()).contains("Stored 2 deliveries.");
        assertThat(deliveries.list("demo")).containsExactly(
                new Delivery("demo", LocalDate.of(2026, 9, 24), "kr-busan", LocalTime.NOON, "", ""),
                new Delivery("demo", LocalDate.of(2026, 9, 24), "us-chicago", LocalTime.of(11, 0),
                        "1 E Erie St, across the street", "chicago@example.org"));

        AdminFixture.Run list = fixture.admin("deliveries", "list", "--petition", "demo");
        assertThat(list.out()).contains("us-chicago").contains("1 E Erie St").doesNotContain("chicago@example.org");
        assertThat(fixture.admin("deliveries", "list", "--show-coordinators").out()).contains("chicago@example.org");

        Path bad = file("bad.csv", DELIVERIES_HEADER + "demo,2026-12-10,us-chicago,11:00,,\n"
                + "demo,2026-12-10,us-nowhere,11:00,,\n"
                + "demo,2026-12-10,us-houston,11:00,,\n");
        AdminFixture.Run refused = fixture.admin("deliveries", "put", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(MissionsCommand.INVALID_FILE);
        assertThat(refused.err()).contains("line 3: no mission \"us-nowhere\"").contains("line 4: mission \"us-houston\" is closed");
        assertThat(deliveries.list("demo")).hasSize(2);

        // A mission a delivery still names cannot be dropped from the set.
        Path without = file("without.csv", "id,kind,country,city,name_en,jurisdiction,source\n"
                + "us-washington,embassy,US,Washington,Name,rest,src\n");
        AdminFixture.Run dropped = fixture.admin("missions", "import", without.toString());
        assertThat(dropped.exitCode()).isEqualTo(MissionsCommand.INVALID_FILE);
        assertThat(dropped.err()).contains("mission kr-busan").contains("mission us-chicago");
        assertThat(missions.list()).hasSize(19);

        AdminFixture.Run removed = fixture.admin("deliveries", "remove", "--petition", "demo", "--date", "2026-09-24",
                "--mission", "kr-busan");
        assertThat(removed.out()).contains("Removed 1 deliveries.");
        assertThat(deliveries.list("demo")).extracting(Delivery::missionId).containsExactly("us-chicago");
    }
}
