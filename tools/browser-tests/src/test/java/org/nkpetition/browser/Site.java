package org.nkpetition.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.nkpetition.devserver.DevServer;
import org.nkpetition.localstack.ProjectFiles;

/**
 * The whole local stack (bin/dev's DevServer: real handlers, DynamoDB Local, outbox) on free ports
 * in a temporary directory, started once for all browser tests and stopped when the run ends.
 */
final class Site implements ExtensionContext.Store.CloseableResource {
    static final String PETITION = "stop-forced-repatriation";
    private static final Pattern COUNT = Pattern.compile("\"count\":(\\d+)");

    private final Path localDir;
    private final DevServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private Site() throws IOException {
        localDir = Files.createTempDirectory("browser-tests-");
        server = DevServer.start(ProjectFiles.root(), localDir, 0, 0);
    }

    /** The one site of this test run, shared by every test class through JUnit's root store. */
    static Site get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Site.class, key -> {
                    try {
                        return new Site();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, Site.class);
    }

    String url(String pathAndQuery) {
        return "http://localhost:" + server.port() + pathAndQuery;
    }

    String petitionUrl(String lang) {
        return url("/petitions/" + PETITION + "?lang=" + lang);
    }

    Outbox outbox() {
        return new Outbox(server.outbox());
    }

    /** The confirmed total from the count route, as the API reports it. */
    long count() {
        String body = get("/petitions/" + PETITION + "/count", "application/json").body();
        Matcher matcher = COUNT.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No count in " + body);
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Someone else signs and confirms through the API, as another visitor's browser would. */
    void signAndConfirm(Signer signer) {
        String body = "{\"name\":\"" + signer.name() + "\",\"email\":\"" + signer.email() + "\",\"country\":\""
                + signer.country() + "\",\"lang\":\"" + signer.lang() + "\",\"consent\":true}";
        HttpResponse<String> signed = send(HttpRequest.newBuilder(URI.create(url("/petitions/" + PETITION + "/signatures")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (signed.statusCode() != 202) {
            throw new IllegalStateException("Signing answered " + signed.statusCode() + ": " + signed.body());
        }
        String token = outbox().confirmationLinkFor(signer.email()).replaceAll(".*[?&]token=([^&]+).*", "$1");
        HttpResponse<String> confirmed = send(HttpRequest.newBuilder(URI.create(url("/signatures/confirm")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"}")));
        if (confirmed.statusCode() != 200) {
            throw new IllegalStateException("Confirming answered " + confirmed.statusCode() + ": " + confirmed.body());
        }
    }

    HttpResponse<String> get(String pathAndQuery, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).header("Accept", accept).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.stop();
        try (var files = Files.walk(localDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
