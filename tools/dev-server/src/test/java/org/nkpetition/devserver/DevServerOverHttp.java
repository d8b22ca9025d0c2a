package org.nkpetition.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.nkpetition.localstack.ProjectFiles;

/** For tests of bin/dev's server over real HTTP: one server per test class, on free ports, with its own local folder. */
abstract class DevServerOverHttp {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path local;
    static DevServer server;

    @BeforeAll
    static void start() throws IOException {
        server = DevServer.start(ProjectFiles.root(), local, 0, 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }
}
