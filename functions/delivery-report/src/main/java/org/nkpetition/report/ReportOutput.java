package org.nkpetition.report;

import java.time.Instant;

/** Where a run's files go and how the organisers reach them: S3 behind signed download links, or a folder. */
public interface ReportOutput {
    ReportSink sink(String petitionId, Cutoff cutoff);

    ReportLinks links(ReportSink sink, ReportJob job, Instant now);
}
