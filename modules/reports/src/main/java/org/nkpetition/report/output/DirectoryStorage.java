package org.nkpetition.report.output;

import java.nio.file.Path;
import org.nkpetition.report.request.Cutoff;

/** Reports as folders {@code base/{petitionId}/{cutoff}/} (REPORTS_DIR under bin/dev, --out for bin/admin). */
public final class DirectoryStorage implements ReportStorage {
    private final Path base;

    public DirectoryStorage(Path base) {
        this.base = base;
    }

    @Override
    public ReportFolder open(String petitionId, Cutoff cutoff) {
        return new DirectoryFolder(base.resolve(petitionId).resolve(cutoff.folderName()));
    }
}
