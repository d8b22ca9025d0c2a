package org.nkpetition.report.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nkpetition.domain.Language;

/**
 * A report written into a folder on disk (see {@link DirectoryStorage}), linked with file: URLs.
 * Each file appears whole (written beside, then renamed) or not at all.
 */
final class DirectoryFolder implements ReportFolder {
    private final Path directory;
    private final List<ReportFile> files = new ArrayList<>();

    DirectoryFolder(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    @Override
    public ReportLinks links(Language language, Optional<String> linkBase, Instant now) {
        return new FileLinks(directory);
    }
}
