package org.nkpetition.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;

/**
 * What a document knows before its rows stream in: the petition, the cut-off, the totals and
 * tables. The organisers' report covers every country (with the by-country table and the daily
 * chart); a packet covers one country.
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
        long comments) {

    public static ReportSummary organisers(Petition petition, Cutoff cutoff, Language language, Tally tally,
            List<CityCount> cities) {
        return new ReportSummary(petition, cutoff, language, Optional.empty(), tally.total(), tally.total(),
                tally.byCountry(), cities, tally.byDay(), tally.comments());
    }

    public static ReportSummary packet(Petition petition, Cutoff cutoff, Language language, Tally tally,
            String country, List<CityCount> cities) {
        return new ReportSummary(petition, cutoff, language, Optional.of(country), tally.total(),
                tally.inCountry(country), new java.util.TreeMap<>(), cities, new java.util.TreeMap<>(),
                tally.commentsIn(country));
    }

    public boolean isPacket() {
        return country.isPresent();
    }
}
