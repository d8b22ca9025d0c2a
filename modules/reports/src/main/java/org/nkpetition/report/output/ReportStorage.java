package org.nkpetition.report.output;

import org.nkpetition.report.request.Cutoff;

/**
 * Where reports are kept: the reports bucket ({@link S3Storage}) or a folder on disk
 * ({@link DirectoryStorage}: bin/dev, bin/admin). It only opens one report's {@link ReportFolder};
 * the folder writes the files and links to them, so nothing downstream needs to know which storage it is.
 */
public interface ReportStorage {
    /** The folder of the report of {@code petitionId} up to {@code cutoff}; a rerun opens the same one and overwrites. */
    ReportFolder open(String petitionId, Cutoff cutoff);
}
