package org.nkpetition.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;

/**
 * What a document knows before its rows stream in: the petition, the cut-off, the totals and
 * tables. The organisers' report covers every country (with the by-country table and the daily
 * chart); a packet covers one mission's or one country's signers (see {@link Packet}).
 *
 * @param country        the packet's country; empty for the organisers' report
 * @param packet         the packet; empty for the organisers' report
 * @param signers        signers in this document (the packet's, or everyone)
 * @param countrySigners signers of the packet's country in all its packets (= total for the organisers)
 */
public record ReportSummary(
        Petition petition,
        Cutoff cutoff,
        Language language,
        Optional<String> country,
        long total,
        long signers,
        SortedMap<String, Long> byCountry,
        List<CityCount> cities,
        SortedMap<LocalDate, Long> byDay,
        long comments,
        Optional<Packet> packet,
        long countrySigners) {

    /** The organisers' report or a country packet without missions (kept for tests that draw one document). */
    public ReportSummary(Petition petition, Cutoff cutoff, Language language, Optional<String> country, long total,
            long signers, SortedMap<String, Long> byCountry, List<CityCount> cities, SortedMap<LocalDate, Long> byDay,
            long comments) {
        this(petition, cutoff, language, country, total, signers, byCountry, cities, byDay, comments,
                country.map(Packet::country), signers);
    }

    public static ReportSummary organisers(Petition petition, Cutoff cutoff, Language language, Tally tally,
            List<CityCount> cities) {
        return new ReportSummary(petition, cutoff, language, Optional.empty(), tally.total(), tally.total(),
                tally.byCountry(), cities, tally.byDay(), tally.comments(), Optional.empty(), tally.total());
    }

    public static ReportSummary packet(Petition petition, Cutoff cutoff, Language language, Tally tally, Packet packet) {
        return new ReportSummary(petition, cutoff, language, Optional.of(packet.country()), tally.total(),
                tally.inPacket(packet.key()), new TreeMap<>(), tally.citiesOf(packet), new TreeMap<>(),
                tally.commentsInPacket(packet.key()), Optional.of(packet), tally.inCountry(packet.country()));
    }

    public boolean isPacket() {
        return country.isPresent();
    }

    /** The mission and delivery this packet is for, when it is a mission packet. */
    public Optional<Packet.MissionDelivery> mission() {
        return packet.flatMap(Packet::mission);
    }
}
