package org.nkpetition.report;

import java.io.OutputStream;
import java.util.List;

/**
 * Where a report's files go: a folder on disk (bin/dev, bin/admin) or S3. A file is complete, and
 * listed in {@link #files()}, once the stream {@link #create} returned is closed.
 */
public interface ReportSink {
    OutputStream create(String name);

    List<ReportFile> files();

    /** Where the files are, for people: "s3://bucket/reports/…/" or a folder path. */
    String location();
}
