package org.nkpetition.report.output;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.nkpetition.domain.Language;

/**
 * One report's files while a run writes them, in S3 or on disk. A file is complete, and listed in
 * {@link #files()}, once the stream {@link #create} returned is closed; until then nobody sees it.
 * Not the report's content (that is {@code generation.WrittenReport}) and not a place to read files back.
 */
public interface ReportFolder {
    /** A new file named {@code name} ({@code report.pdf}, {@code packet-FR.csv} ...): a plain name, no path. */
    OutputStream create(String name);

    /** The files finished so far, in the order they were finished. */
    List<ReportFile> files();

    /** Where the files are, for people and logs: "s3://bucket/reports/…/" or a folder path. */
    String location();

    /**
     * Links to this folder's files for an email in {@code language}, made at {@code now}: signed download
     * links starting with {@code linkBase} (when the storage has no base of its own) for S3, file: links on disk.
     */
    ReportLinks links(Language language, Optional<String> linkBase, Instant now);
}
