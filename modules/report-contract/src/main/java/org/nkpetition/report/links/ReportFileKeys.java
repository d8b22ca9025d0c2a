package org.nkpetition.report.links;

import org.nkpetition.report.request.Cutoff;

/**
 * Where a report's files are in the reports bucket, and the route that hands them out: the one layout
 * the worker writes ({@code output.S3Storage}), the download route reads and {@link ReportLinkTokens}
 * accepts.
 */
public final class ReportFileKeys {
    /** The download route of the links in report emails (docs/adr/0051). */
    public static final String DOWNLOAD_PATH = "/reports/download";

    private ReportFileKeys() {
    }

    /** {@code reports/{petitionId}/{cutoff folder}/}, ending in "/": the folder of one report. */
    public static String prefix(String petitionId, Cutoff cutoff) {
        return "reports/" + petitionId + "/" + cutoff.folderName() + "/";
    }
}
