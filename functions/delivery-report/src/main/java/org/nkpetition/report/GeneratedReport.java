package org.nkpetition.report;

import java.util.List;
import java.util.SortedMap;

/** What a generation produced: the totals and the files, wherever they were written. */
public record GeneratedReport(String petitionId, Cutoff cutoff, long total, SortedMap<String, Long> byCountry,
        List<ReportFile> files, String location) {
}
