package org.nkpetition.report.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.report.request.Cutoff;

/**
 * What one printable document (HTML and PDF) opens with, before its comments and roster stream in:
 * the petition, the cut-off, the totals and tables. The organisers' report covers every country (with
 * the by-country table and the daily chart); a packet covers one mission's or one country's signers (see
 * {@link Packet}). It is the input of one document, not the result of a run (that is
 * {@code generation.WrittenReport}) nor the summary.json file.
 *
 * @param country        the packet's country; empty for the organisers' report
 * @param packet         the packet; empty for the organisers' report
 * @param signers        signers in this document (the packet's, or everyone)
 * @param countrySigners signers of the packet's country in all its packets (= total for the organisers)
 */
public record DocumentFrontMatter(
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
    public DocumentFrontMatter(Petition petition, Cutoff cutoff, Language language, Optional<String> country, long total,
            long signers, SortedMap<String, Long> byCountry, List<CityCount> cities, SortedMap<LocalDate, Long> byDay,
            long comments) {
        this(petition, cutoff, language, country, total, signers, byCountry, cities, byDay, comments,
                country.map(Packet::country), signers);
    }

    /** The mission and delivery this packet is for, when it is a mission packet. */
    public Optional<Packet.MissionDelivery> mission() {
        return packet.flatMap(Packet::mission);
    }
}
