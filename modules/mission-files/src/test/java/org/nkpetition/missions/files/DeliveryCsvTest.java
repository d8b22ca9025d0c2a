package org.nkpetition.missions.files;

import org.nkpetition.deliveries.Delivery;
import org.nkpetition.deliveries.InMemoryDeliveryStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nkpetition.missions.files.InvalidFileException;
import org.nkpetition.missions.Jurisdiction;
import org.nkpetition.missions.Mission;
import org.nkpetition.missions.MissionKind;
import org.nkpetition.missions.MissionNames;
import org.nkpetition.missions.RowError;

class DeliveryCsvTest {
    private static final String HEADER = "petition,date,mission,local_time,meeting_point,coordinator_email\n";
    private static final Map<String, Mission> MISSIONS = Map.of(
            "us-chicago", mission("us-chicago", true), "us-houston", mission("us-houston", false));

    private static Mission mission(String id, boolean active) {
        return new Mission(id, MissionKind.CONSULATE_GENERAL, "US", "City", new MissionNames(id, "", ""), "",
                Jurisdiction.of(Set.of()), "test", false, active);
    }

    private static List<Delivery> parse(String text) {
        return DeliveryCsv.parse(text, "demo"::equals, MISSIONS);
    }

    private static List<RowError> errors(String text) {
        InvalidFileException e = catchThrowableOfType(InvalidFileException.class, () -> parse(text));
        assertThat(e).as("the file should be refused").isNotNull();
        return e.errors();
    }

    @Test
    void readsADeliveryDay() {
        assertThat(parse(HEADER + "demo,2026-09-24,us-chicago,11:00,\"1 E Erie St, in front\",coord@example.org\n"))
                .containsExactly(new Delivery("demo", LocalDate.of(2026, 9, 24), "us-chicago", LocalTime.of(11, 0),
                        "1 E Erie St, in front", "coord@example.org"));
    }

    @Test
    void aCoordinatorMayAskForTheirPacketEmailInALanguageThePlatformSpeaks() {
        String header = "petition,date,mission,local_time,coordinator_email,coordinator_lang\n";
        assertThat(parse(header + "demo,2026-09-24,us-chicago,11:00,coord@example.org,KO\n"))
                .extracting(Delivery::coordinatorLanguage).containsExactly("ko");
        assertThat(parse(HEADER + "demo,2026-09-24,us-chicago,11:00,,coord@example.org\n"))
                .extracting(Delivery::coordinatorLanguage).containsExactly("");
        assertThat(errors(header + "demo,2026-09-24,us-chicago,11:00,coord@example.org,klingon\n"))
                .extracting(RowError::toString).singleElement().asString()
                .startsWith("line 2: coordinator_lang \"klingon\" is not a language the platform speaks (en, ko, es");
        List<Delivery> round = parse(header + "demo,2026-09-24,us-chicago,11:00,coord@example.org,es\n");
        assertThat(parse(DeliveryCsv.write(round))).isEqualTo(round);
    }

    @Test
    void aMissionThatDoesNotExistOrClosedIsRefusedWithItsLine() {
        assertThat(errors(HEADER + "demo,2026-09-24,us-chicago,11:00,,\n"
                + "demo,2026-09-24,us-nowhere,11:00,,\n"
                + "demo,2026-09-24,us-houston,11:00,,\n"))
                .extracting(RowError::toString)
                .containsExactly("line 3: no mission \"us-nowhere\" (bin/admin missions list)",
                        "line 4: mission \"us-houston\" is closed (active=false): it cannot receive a delivery");
    }

    @Test
    void badDatesTimesPetitionsEmailsAndDuplicatesAreRefused() {
        List<RowError> errors = errors(HEADER + "demo,24/09/2026,us-chicago,11am,,not-an-email\n"
                + "other,2026-09-24,us-chicago,11:00,,\n"
                + "demo,2026-09-24,us-chicago,11:00,,\n"
                + "demo,2026-09-24,us-chicago,12:00,,\n");
        assertThat(errors).extracting(RowError::line).containsExactly(2, 2, 2, 3, 5);
        assertThat(errors).extracting(RowError::message)
                .anyMatch(m -> m.contains("\"date\" must be a date YYYY-MM-DD"))
                .anyMatch(m -> m.contains("\"local_time\" must be a time HH:MM"))
                .anyMatch(m -> m.contains("coordinator_email"))
                .anyMatch(m -> m.contains("no petition \"other\""))
                .anyMatch(m -> m.contains("the same petition, date and mission as line 4"));
    }

    @Test
    void exportThenImportGivesTheSameDeliveries() {
        List<Delivery> deliveries = parse(HEADER + "demo,2026-09-24,us-chicago,11:00,\"Line \"\"A\"\"\",c@example.org\n");
        assertThat(parse(DeliveryCsv.write(deliveries))).isEqualTo(deliveries);
    }

    @Test
    void theInMemoryStoreRemovesByDateAndMission() {
        InMemoryDeliveryStore store = new InMemoryDeliveryStore();
        store.putAll(parse(HEADER + "demo,2026-09-24,us-chicago,11:00,,\n"));
        assertThat(store.remove("demo", LocalDate.of(2026, 12, 10), Optional.empty())).isZero();
        assertThat(store.remove("demo", LocalDate.of(2026, 9, 24), Optional.of("us-chicago"))).isEqualTo(1);
        assertThat(store.list("demo")).isEmpty();
    }
}
