package org.nkpetition.report;

import java.nio.file.Path;
import java.time.Instant;

/** Reports as folders under a base directory (REPORTS_DIR under bin/dev, --out for bin/admin). */
public final class DirectoryOutput implements ReportOutput {
    private final Path base;

    public DirectoryOutput(Path base) {
        this.base = base;
    }

    @Override
    public ReportSink sink(String petitionId, Cutoff cutoff) {
        return new DirectorySink(base, petitionId, cutoff);
    }

    @Override
    public ReportLinks links(ReportSink sink, ReportJob job, Instant now) {
        return new FileLinks(((DirectorySink) sink).directory());
    }
}
