package org.nkpetition.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * How a running bin/dev is found by other processes (bin/admin --local): bin/dev writes
 * {@code .local/dev-server.properties} with its base URL, its AWS endpoint (moto) and its process
 * id once it listens, and removes it when it stops. A file left by a killed bin/dev is ignored,
 * because its process is gone.
 *
 * @param baseUrl     where the pages and API answer, e.g. {@code http://localhost:3917}
 * @param awsEndpoint the emulator's URL, for AWS_ENDPOINT_URL
 * @param pid         bin/dev's process id
 */
public record RunningDevServer(URI baseUrl, URI awsEndpoint, long pid) {
    public static final String FILE_NAME = "dev-server.properties";

    /** Writes the file atomically (readers never see half of it) and removes it when this JVM exits. */
    public void publish(Path localDir) {
        Path file = localDir.resolve(FILE_NAME);
        Properties properties = new Properties();
        properties.setProperty("baseUrl", baseUrl.toString());
        properties.setProperty("awsEndpoint", awsEndpoint.toString());
        properties.setProperty("pid", Long.toString(pid));
        try {
            Files.createDirectories(localDir);
            Path temporary = Files.createTempFile(localDir, FILE_NAME, ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "written by bin/dev; read by bin/admin --local");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> withdraw(localDir)));
    }

    /** Removes the file if it is still this process's. */
    public void withdraw(Path localDir) {
        find(localDir).filter(this::equals).ifPresent(mine -> {
            try {
                Files.deleteIfExists(localDir.resolve(FILE_NAME));
            } catch (IOException ignored) {
                // best effort at shutdown
            }
        });
    }

    /** The bin/dev running from this directory, if its file is there and its process alive. */
    public static Optional<RunningDevServer> find(Path localDir) {
        Path file = localDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            RunningDevServer found = new RunningDevServer(URI.create(properties.getProperty("baseUrl")),
                    URI.create(properties.getProperty("awsEndpoint")), Long.parseLong(properties.getProperty("pid")));
            return ProcessHandle.of(found.pid()).filter(ProcessHandle::isAlive).map(alive -> found);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
