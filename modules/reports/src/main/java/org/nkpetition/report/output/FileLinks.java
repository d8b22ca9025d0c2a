package org.nkpetition.report.output;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** file: links to a report written on disk (bin/dev): they last as long as the files. */
final class FileLinks implements ReportLinks {
    private final Path directory;

    FileLinks(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    @Override
    public String url(String fileName) {
        return directory.resolve(fileName).toUri().toString();
    }

    @Override
    public Optional<Instant> validUntil() {
        return Optional.empty();
    }
}
