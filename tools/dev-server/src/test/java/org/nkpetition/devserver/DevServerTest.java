package org.nkpetition.devserver;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkpetition.localstack.ProjectFiles;

/** bin/dev's server end to end over real HTTP: page, form post, email in the outbox, confirm, count. */
class DevServerTest {
    @TempDir
    static Path local;
    private static DevServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        server = DevServer.start(ProjectFiles.root(), local, 0, 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    @Test
    void aVisitorSignsConfirmsAndIsCounted() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/petitions/stop-forced-repatriation?lang=es"))
                .header("Accept", "text/html"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<html lang=\"es\">"));

        HttpResponse<String> signed = send(HttpRequest.newBuilder(uri("/petitions/stop-forced-repatriation/signatures"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("lang=es&name=Ana&email=ana%40example.org&country=ES&consent=true")));
        assertEquals(202, signed.statusCode());

        // The mailer drains the email queue into the outbox in the background, as in AWS.
        List<Path> emails = List.of();
        for (int polls = 0; polls < 300 && emails.isEmpty(); polls++) {
            Thread.sleep(100);
            try (var files = Files.list(server.outbox())) {
                emails = files.filter(f -> f.toString().endsWith(".eml")).toList();
            }
        }
        assertEquals(1, emails.size());
        String link = firstLink(Files.readString(emails.get(0), StandardCharsets.UTF_8));
        assertTrue(link.startsWith("http://localhost:" + server.port() + "/signatures/confirm?token="), link);

        HttpResponse<String> button = send(HttpRequest.newBuilder(URI.create(link)).header("Accept", "text/html"));
        assertEquals(200, button.statusCode());
        String token = link.replaceAll(".*token=([^&]+).*", "$1");
        HttpResponse<String> confirmed = send(HttpRequest.newBuilder(uri("/signatures/confirm"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"}")));
        assertEquals(200, confirmed.statusCode(), confirmed.body());

        HttpResponse<String> count = send(HttpRequest.newBuilder(uri("/petitions/stop-forced-repatriation/count")));
        assertTrue(count.body().contains("\"count\":1"), count.body());
        assertTrue(count.body().contains("\"ES\":1"));
    }

    @Test
    void unknownRoutesAnswer404LikeApiGateway() throws Exception {
        assertEquals(404, send(HttpRequest.newBuilder(uri("/nowhere"))).statusCode());
        assertEquals(404, send(HttpRequest.newBuilder(uri("/petitions")).DELETE()).statusCode());
    }

    private static String firstLink(String mime) {
        Matcher part = Pattern.compile("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + "([A-Za-z0-9+/=\r\n]+?)\r\n--").matcher(mime);
        assertTrue(part.find());
        String text = new String(Base64.getMimeDecoder().decode(part.group(1)), StandardCharsets.UTF_8);
        Matcher link = Pattern.compile("https?://\\S+").matcher(text);
        assertTrue(link.find());
        return link.group();
    }
}
