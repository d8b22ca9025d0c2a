package org.nkpetition.devserver;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
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
import org.junit.jupiter.api.Test;
import org.nkpetition.localstack.RunningDevServer;

/** bin/dev's server end to end over real HTTP: page, form post, email in the outbox, confirm, count. */
class DevServerTest extends DevServerOverHttp {

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
    void theAdminReportRouteHandsTheJobToTheInProcessWorker() throws Exception {
        HttpResponse<String> accepted = send(HttpRequest.newBuilder(uri("/admin/petitions/stop-forced-repatriation/reports"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"cutoff\":\"2026-01-01T00:00:00Z\"}")));
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertTrue(accepted.body().contains("\"status\":\"accepted\""), accepted.body());

        // The worker writes the report in the background, as the worker function does in AWS.
        Path summary = local.resolve("reports/stop-forced-repatriation/20260101T000000Z/summary.json");
        for (int polls = 0; polls < 600 && !Files.exists(summary); polls++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(summary), "the report was written under .local/reports");
    }

    @Test
    void announcesItselfWhereBinAdminLooks() {
        RunningDevServer found = RunningDevServer.find(local).orElseThrow();
        assertEquals(URI.create("http://localhost:" + server.port()), found.baseUrl());
        assertEquals(ProcessHandle.current().pid(), found.pid());
        assertTrue(found.awsEndpoint().toString().startsWith("http://127.0.0.1:"), found.awsEndpoint().toString());
    }

    @Test
    void unknownRoutesAnswer404LikeApiGateway() throws Exception {
        assertEquals(404, send(HttpRequest.newBuilder(uri("/nowhere"))).statusCode());
        assertEquals(404, send(HttpRequest.newBuilder(uri("/petitions")).DELETE()).statusCode());
    }

    @Test
    void aRawUtf8QueryIsAnsweredLikeItsPercentEncodedForm() throws Exception {
        // curl sends the Hangul of the README's example as raw UTF-8 bytes; API Gateway accepts them.
        String raw = exchange("GET /list?q=박동철&lang=ko&limit=5 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String encoded = exchange("GET /list?q=%EB%B0%95%EB%8F%99%EC%B2%A0&lang=ko&limit=5 HTTP/1.1\r\n"
                + "Host: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(raw.startsWith("HTTP/1.1 200"), raw);
        assertTrue(raw.contains("\"id\":\"demo-002\""), raw);
        assertTrue(raw.contains("\"query\":\"박동철\""), raw);
        assertEquals(body(encoded), body(raw));
    }

    @Test
    void percentEncodedPathParametersAreDecodedOnce() throws Exception {
        String answer = exchange("GET /list/%64emo-002?lang=ko HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.contains("\"id\":\"demo-002\""), answer);
    }

    @Test
    void headIsAnsweredLikeGetWithoutABodyOnAKeptAliveConnection() throws Exception {
        String get = "GET /petitions/stop-forced-repatriation/count HTTP/1.1\r\nHost: localhost\r\n\r\n";
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("HEAD /petitions/stop-forced-repatriation/count HTTP/1.1\r\nHost: localhost\r\n\r\n" + get)
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = readHeaders(in);
            assertTrue(head.startsWith("HTTP/1.1 200"), head);
            assertTrue(head.toLowerCase().contains("content-type: application/json"), head);
            long length = Long.parseLong(head.replaceAll("(?is).*content-length: *(\\d+).*", "$1"));
            assertTrue(length > 0, head);
            // No body follows the HEAD answer: the next bytes are the GET's status line.
            String next = readHeaders(in);
            assertTrue(next.startsWith("HTTP/1.1 200"), next);
            assertEquals(length, Long.parseLong(next.replaceAll("(?is).*content-length: *(\\d+).*", "$1")));
            assertTrue(new String(in.readNBytes((int) length), StandardCharsets.UTF_8).contains("\"petitionId\""));
        }
        HttpResponse<Void> unknown = HTTP.send(HttpRequest.newBuilder(uri("/nowhere")).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(404, unknown.statusCode());
    }

    /** Sends bytes exactly as given (HttpClient would percent-encode) and reads the whole answer. */
    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String body(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }

    private static String readHeaders(InputStream in) throws IOException {
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            headers.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return headers.toString(StandardCharsets.UTF_8);
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
