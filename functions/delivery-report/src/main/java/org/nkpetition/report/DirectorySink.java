package org.nkpetition.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A report written into {@code base/{petitionId}/{cutoff}/}: .local/reports under bin/dev, or the
 * folder given to bin/admin. Each file appears whole (written beside, then renamed) or not at all.
 */
public final class DirectorySink implements ReportSink {
    private final Path directory;
    private final List<ReportFile> files = new ArrayList<>();

    public DirectorySink(Path base, String petitionId, Cutoff cutoff) {
        this.directory = base.resolve(petitionId).resolve(cutoff.folderName());
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public OutputStream create(String name) {
        Path target = directory.resolve(name);
        Path partial = directory.resolve(name + ".part");
        try {
            return new FinishingOutputStream(Files.newOutputStream(partial), () -> {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                synchronized (files) {
                    files.add(new ReportFile(name, Files.size(target), ReportFile.contentTypeOf(name)));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<ReportFile> files() {
        synchronized (files) {
            return List.copyOf(files);
        }
    }

    @Override
    public String location() {
        return directory.toAbsolutePath().toString();
    }
}
