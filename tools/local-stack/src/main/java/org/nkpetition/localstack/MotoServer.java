package org.nkpetition.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * moto, the one local emulator of every AWS API the product calls (DynamoDB, SES v2, S3, SQS, SNS),
 * reached through the real SDK. It runs as {@code tools/local-stack/moto/serialized_moto_server.py}:
 * moto's own server app behind one process-wide lock, bound to 127.0.0.1, because stock moto_server
 * is not safe under concurrent transactions (docs/adr/0007-moto-serialized.md).
 *
 * <p>{@link #shared()} uses {@code MOTO_URL} when bin/test or bin/dev has started one, else starts its
 * own (stopped when the JVM exits). The Python comes from {@code MOTO_PYTHON} or the pinned virtualenv
 * {@code .tools/moto} that bin/setup-tools installs.
 */
public final class MotoServer implements AutoCloseable {
    private static MotoServer shared;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI endpoint;
    private final Process process;

    private MotoServer(URI endpoint, Process process) {
        this.endpoint = endpoint;
        this.process = process;
    }

    public static synchronized MotoServer shared() {
        if (shared == null) {
            shared = Optional.ofNullable(System.getenv("MOTO_URL")).filter(url -> !url.isBlank())
                    .map(url -> new MotoServer(URI.create(url), null))
                    .orElseGet(() -> start(0, Path.of(System.getProperty("java.io.tmpdir"))));
        }
        return shared;
    }

    /**
     * Starts a serialized moto on 127.0.0.1 at the port (0: a free one), logging to
     * {@code logDir/moto-<port>.log}; stopped by {@link #close()} or when the JVM exits.
     *
     * @throws IllegalStateException when Python or moto is missing (run bin/setup-tools) or it does not answer in 60 s
     */
    public static MotoServer start(int port, Path logDir) {
        Path root = ProjectFiles.root();
        String python = Optional.ofNullable(System.getenv("MOTO_PYTHON"))
                .orElse(root.resolve(".tools/moto/bin/python").toString());
        Path script = root.resolve("tools/local-stack/moto/serialized_moto_server.py");
        try {
            Files.createDirectories(logDir);
            Path portFile = Files.createTempFile("moto-port", ".txt");
            Files.delete(portFile);
            Process process = new ProcessBuilder(python, script.toString(), "--host", "127.0.0.1",
                    "--port", Integer.toString(port), "--port-file", portFile.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(logDir.resolve("moto.log").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            int chosen = waitForPort(portFile, process);
            URI endpoint = URI.create("http://127.0.0.1:" + chosen);
            waitUntilUp(endpoint, process);
            return new MotoServer(endpoint, process);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start moto with " + python
                    + " (run bin/setup-tools, or set MOTO_URL / MOTO_PYTHON)", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Forgets everything moto holds: tables, messages, queues, buckets, identities. See {@link LocalStack#reset()}. */
    public void reset() {
        send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Every email SES has accepted since the last reset, as moto records them. */
    public List<SentEmail> sentEmails() {
        List<SentEmail> emails = new ArrayList<>();
        try {
            JsonNode data = MAPPER.readTree(send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/data.json")).GET()));
            for (JsonNode message : data.path("ses").path("Message")) {
                emails.add(SentEmail.from(message));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return emails;
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
        }
    }

    private String send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("moto is not answering at " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int waitForPort(Path portFile, Process process) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(portFile)) {
                try {
                    return Integer.parseInt(Files.readString(portFile).trim());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            sleep();
        }
        throw new IllegalStateException("moto did not start (exit " + (process.isAlive() ? "none" : process.exitValue())
                + "); see its log");
    }

    private static void waitUntilUp(URI endpoint, Process process) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HTTP.send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("moto did not answer at " + endpoint);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
