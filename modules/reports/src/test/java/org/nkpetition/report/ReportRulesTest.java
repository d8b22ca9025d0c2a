package org.nkpetition.report;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;
import org.nkpetition.report.content.CityCount;
import org.nkpetition.report.content.EmailRedaction;
import org.nkpetition.report.generation.CityTally;
import org.nkpetition.report.generation.PacketLanguage;
import org.nkpetition.report.job.DeliveryDates;
import org.nkpetition.report.request.Cutoff;

/** The small rules reports rest on: cut-offs, delivery moments, redaction, city counting, packet language. */
class ReportRulesTest {
    private static Petition petition(ZoneId zone, MonthDay... dates) {
        return new Petition("p", Petition.Status.OPEN, OptionalLong.empty(),
                Map.of(Language.EN, new PetitionText("T", "", ""), Language.KO, new PetitionText("제목", "", "")),
                List.of(), List.of(), List.of(dates), zone);
    }

    @Test
    void cutoffsAreWholeSecondsAndAcceptOffsets() {
        assertEquals(Instant.parse("2026-09-24T00:00:00Z"), Cutoff.parse("2026-09-24T09:00:00.999+09:00").orElseThrow().instant());
        assertEquals("20260924T000000Z", Cutoff.parse("2026-09-24T00:00:00Z").orElseThrow().folderName());
        assertEquals(Optional.empty(), Cutoff.parse("2026-09-24"));
        assertEquals(Optional.empty(), Cutoff.parse("yesterday"));
        Cutoff cutoff = Cutoff.parse("2026-09-24T00:00:00Z").orElseThrow();
        assertTrue(cutoff.includes(Instant.parse("2026-09-23T23:59:59.999Z")));
        assertFalse(cutoff.includes(Instant.parse("2026-09-24T00:00:00Z")));
    }

    @Test
    void deliveryIsAtNineInThePetitionsTimeZoneAndDecemberIsSeenFromJanuary() {
        Petition seoul = petition(ZoneId.of("Asia/Seoul"), MonthDay.of(9, 24), MonthDay.of(12, 10));
        Duration day = Duration.ofDays(1);
        assertEquals(Optional.of(Cutoff.of(Instant.parse("2026-09-24T00:00:00Z"))),
                DeliveryDates.latest(seoul, Instant.parse("2026-09-24T00:10:00Z"), day));
        assertEquals(Optional.empty(), DeliveryDates.latest(seoul, Instant.parse("2026-09-23T23:59:59Z"), day));
        assertEquals(Optional.of(Cutoff.of(Instant.parse("2026-12-10T00:00:00Z"))),
                DeliveryDates.latest(seoul, Instant.parse("2027-01-01T00:00:00Z"), Duration.ofDays(30)));
        Petition kathmandu = petition(ZoneId.of("Asia/Kathmandu"), MonthDay.of(9, 24));
        assertEquals(Optional.of(Cutoff.of(Instant.parse("2026-09-24T03:15:00Z"))),
                DeliveryDates.latest(kathmandu, Instant.parse("2026-09-24T03:30:00Z"), day), "UTC+5:45");
    }

    @Test
    void emailShapedTextIsRemovedFromWhatSignersWrote() {
        assertEquals("mail me: […] or […]!", EmailRedaction.redact("mail me: a.b+c@example.org or x@y.co.kr!"));
        assertEquals("Kim @ Seoul, 50% @home", EmailRedaction.redact("Kim @ Seoul, 50% @home"));
    }

    @Test
    void citiesCountTogetherAcrossCaseAndSpacingAndStayBounded() {
        CityTally tally = new CityTally(2);
        tally.add("KR", Optional.of("Seoul"));
        tally.add("KR", Optional.of(" seoul "));
        tally.add("KR", Optional.of("Busan"));
        tally.add("KR", Optional.of("Daegu"));
        tally.add("KR", Optional.of("Ulsan"));
        tally.add("KR", Optional.empty());
        List<CityCount> counts = tally.counts();
        assertEquals(new CityCount("KR", Optional.of("Seoul"), false, 2), counts.get(0), "first spelling, counted together");
        assertEquals(new CityCount("KR", Optional.of("Busan"), false, 1), counts.get(1));
        assertEquals(new CityCount("KR", Optional.empty(), false, 1), counts.get(2), "no city given");
        assertEquals(new CityCount("KR", Optional.empty(), true, 2), counts.get(3), "past the bound: other cities");
    }

    @Test
    void packetsSpeakTheDeliveryTeamsLanguageWhenThePetitionDoes() {
        Petition englishAndKorean = petition(ZoneId.of("UTC"));
        assertEquals(Language.KO, PacketLanguage.of("KR", englishAndKorean));
        assertEquals(Language.EN, PacketLanguage.of("MX", englishAndKorean), "no Spanish text: English");
        assertEquals(Language.EN, PacketLanguage.of("JP", englishAndKorean));
    }
}
