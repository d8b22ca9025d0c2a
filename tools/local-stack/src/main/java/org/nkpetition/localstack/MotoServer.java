package org.nkpetition.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * moto's server, an emulator of SES v2 and S3 reached through the real SDK. Uses MOTO_URL when
 * bin/test has started one, else starts its own {@code moto_server} (stopped when the JVM exits).
 */
public final class MotoServer {
    private static MotoServer shared;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI endpoint;

    private MotoServer(URI endpoint) {
        this.endpoint = endpoint;
    }

    public static synchronized MotoServer shared() {
        if (shared == null) {
            shared = new MotoServer(Optional.ofNullable(System.getenv("MOTO_URL")).map(URI::create)
                    .orElseGet(MotoServer::startOwn));
        }
        return shared;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Forgets every message, bucket and identity. */
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

    private String send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("moto is not answering at " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI startOwn() {
        int port = LocalDynamoDb.freePort();
        String executable = Optional.ofNullable(System.getenv("MOTO_SERVER")).orElse("moto_server");
        try {
            Process process = new ProcessBuilder(executable, "-p", Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of(System.getProperty("java.io.tmpdir"), "moto-" + port + ".log").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            URI endpoint = URI.create("http://localhost:" + port);
            waitUntilUp(endpoint, process);
            return endpoint;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start moto_server (pip install 'moto[server]'), or set MOTO_URL", e);
        }
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
        throw new IllegalStateException("moto_server did not start at " + endpoint);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
