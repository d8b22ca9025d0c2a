package org.nkpetition.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Petition;
import org.nkpetition.localstack.ProjectFiles;
import org.nkpetition.report.links.ReportFileKeys;
import org.nkpetition.report.request.Cutoff;
import org.nkpetition.signature.DisplayName;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;

/** The scheduled path with the sample scheduler event, and what reruns do (and do not) do. */
class ScheduleAndRerunTest {
    private static final Instant AFTER_DELIVERY = Instant.parse("2026-09-24T00:15:00Z");
    private final ReportFixture fixture = new ReportFixture();

    @BeforeEach
    void signers() {
        fixture.reset();
        Instant day = Instant.parse("2026-09-20T01:00:00Z");
        fixture.signer("이서연", "seoyeon@example.org", "KR", "부산", "함께합니다", DisplayName.FULL, day);
        fixture.signer("John Smith", "john@example.org", "US", "Chicago", null, DisplayName.INITIALS, day.plusSeconds(60));
        fixture.signer("María López", "maria@example.org", "MX", "Ciudad de México", "Libertad", DisplayName.FULL,
                day.plus(Duration.ofDays(1)));
        // Confirmed between 09:00 Seoul and the scheduled run: after the cut-off, so not in this report.
        fixture.signer("After Nine", "after@example.org", "KR", "Seoul", null, DisplayName.FULL,
                Instant.parse("2026-09-24T00:05:00Z"));
    }

    @Test
    void theSampleSchedulerEventProducesTheSeptemberReportAndEmailsOnce() throws IOException {
        // (functions/delivery-report's DeliveryReportHandlerTest sends the same event to the deployed handler.)
        Map<String, Object> result = fixture.worker(AFTER_DELIVERY).handle(schedulerEvent());

        assertEquals("2026-09-24T00:15:00Z", result.get("scheduledTime"), "the time the scheduler put in the event");
        List<?> reports = (List<?>) result.get("reports");
        assertEquals(1, reports.size());
        Map<?, ?> report = (Map<?, ?>) reports.get(0);
        assertEquals("stop-forced-repatriation", report.get("petitionId"));
        assertEquals("2026-09-24T00:00:00Z", report.get("cutoff"), "09:00 on 24 September in Seoul");
        assertEquals("emailed", report.get("outcome"));
        assertEquals(3L, report.get("total"));
        Map<String, byte[]> files = fixture.reportFiles(ReportFixture.SEPTEMBER_DELIVERY);
        assertTrue(files.containsKey("packet-MX.pdf"));
        assertTrue(new String(files.get("packet-MX.html"), java.nio.charset.StandardCharsets.UTF_8)
                .contains("<html lang=\"es\">"), "Mexico's team gets Spanish headings");
        assertEquals(1, fixture.emails().size());

        Map<String, Object> again = fixture.worker(AFTER_DELIVERY.plus(Duration.ofMinutes(15))).handle(
                Map.of("scheduledTime", "2026-09-24T00:30:00Z"));
        assertEquals(List.of(), again.get("reports"), "the next scheduled run finds the report done");
        assertEquals(1, fixture.emails().size());
    }

    @Test
    void aRerunForTheSameCutoffWritesTheSameCsvBytesAndEmailsOnlyWhenForced() {
        fixture.worker(AFTER_DELIVERY).handle(Map.of("scheduledTime", "2026-09-24T00:15:00Z"));
        Map<String, byte[]> first = fixture.reportFiles(ReportFixture.SEPTEMBER_DELIVERY);
        // Someone signs long after: a rerun for the same cut-off must not see them.
        fixture.signer("Much Later", "later@example.org", "KR", "Seoul", null, DisplayName.FULL,
                Instant.parse("2026-10-01T00:00:00Z"));

        // Delete the first run's files: what the comparison below reads must be what the rerun wrote.
        String prefix = ReportFileKeys.prefix(ReportFixture.PETITION, Cutoff.of(ReportFixture.SEPTEMBER_DELIVERY));
        for (String name : first.keySet()) {
            fixture.s3().deleteObject(b -> b.bucket(ReportFixture.BUCKET).key(prefix + name));
        }
        assertEquals(Map.of(), fixture.reportFiles(ReportFixture.SEPTEMBER_DELIVERY));

        Map<String, Object> rerun = fixture.job(Instant.parse("2026-11-23T09:00:00Z"), "{\"cutoff\":\"2026-09-24T00:00:00Z\"}");
        assertEquals("already_emailed", rerun.get("outcome"), rerun.toString());
        assertEquals(1, fixture.emails().size(), "no second email without force");
        Map<String, byte[]> second = fixture.reportFiles(ReportFixture.SEPTEMBER_DELIVERY);
        assertEquals(first.keySet(), second.keySet(), "the rerun wrote every file again");
        for (String name : first.keySet()) {
            if (name.endsWith(".csv") || name.endsWith(".json")) {
                assertArrayEquals(first.get(name), second.get(name), name + " is byte-identical");
            }
        }

        Map<String, Object> forced = fixture.job(Instant.parse("2026-11-23T09:05:00Z"),
                "{\"cutoff\":\"2026-09-24T09:00:00+09:00\",\"force\":true,\"lang\":\"ko\"}");
        assertEquals("emailed", forced.get("outcome"), forced.toString());
        assertEquals(2, fixture.emails().size(), "force sends it again");
        assertTrue(fixture.emails().get(1).subject().startsWith("전달 보고서"), "in the language asked for");
    }

    @Test
    void nothingIsDueBeforeTheDeliveryHasSettledOrAfterTheCatchUpDayOrForClosedPetitions() throws IOException {
        assertEquals(List.of(), fixture.worker(AFTER_DELIVERY)
                .handle(Map.of("scheduledTime", "2026-09-24T00:02:00Z")).get("reports"), "too soon");
        assertEquals(List.of(), fixture.worker(AFTER_DELIVERY)
                .handle(Map.of("scheduledTime", "2026-09-25T06:00:00Z")).get("reports"), "a day late");
        assertEquals(List.of(), fixture.worker(AFTER_DELIVERY)
                .handle(Map.of("scheduledTime", "2026-11-23T09:00:00Z")).get("reports"), "no delivery date");

        Petition open = ReportFixture.demoPetition();
        new DynamoDbPetitionStore(fixture.stack.dynamo(), "PetitionsTable").put(new Petition(open.id(), Petition.Status.CLOSED,
                open.goal(), open.texts(), open.recipients(), open.organisers(), open.deliveryDates(), open.timeZone()));
        assertEquals(List.of(), fixture.worker(AFTER_DELIVERY).handle(schedulerEvent()).get("reports"),
                "closed petitions get reports on demand only");
        assertEquals(0, fixture.emails().size());
    }

    @Test
    void theDecemberDeliveryDateIsScheduledToo() {
        Map<String, Object> result = fixture.worker(AFTER_DELIVERY)
                .handle(Map.of("scheduledTime", "2026-12-10T00:10:00Z"));
        Map<?, ?> report = (Map<?, ?>) ((List<?>) result.get("reports")).get(0);
        assertEquals("2026-12-10T00:00:00Z", report.get("cutoff"));
        assertEquals(4L, report.get("total"), "everyone confirmed before 10 December, 09:00 Seoul");
    }

    private static Map<String, Object> schedulerEvent() throws IOException {
        return new ObjectMapper().readValue(ProjectFiles.root().resolve("events/delivery-report-schedule.json").toFile(),
                new TypeReference<Map<String, Object>>() { });
    }

}
