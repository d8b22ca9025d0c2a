package org.nkpetition.devserver;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.nkpetition.localstack.LocalFunctions;
import org.nkpetition.localstack.ProjectFiles;
import org.nkpetition.localstack.SamTemplate;
import org.nkpetition.localstack.MotoServer;
import org.nkpetition.localstack.RunningDevServer;
import org.nkpetition.localstack.TemplateResources;
import org.nkpetition.petition.PetitionJson;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * bin/dev: the functions of template.yaml behind one local HTTP server, each route handled by the
 * real handler class with an API Gateway (payload 2.0) event, moto (serialized, 127.0.0.1) as every
 * AWS service with the template's tables and buckets, email written to .local/outbox, demo data seeded.
 */
public final class DevServer {
    private final List<Route> routes;
    private final Map<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers;
    private final MotoServer moto;
    private final Path outbox;
    private HttpServer server;
    private ExecutorService executor;
    private QueueWorkers queueWorkers;

    private DevServer(List<Route> routes, Map<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers,
            MotoServer moto, Path outbox) {
        this.routes = routes;
        this.handlers = handlers;
        this.moto = moto;
        this.outbox = outbox;
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(Optional.ofNullable(System.getenv("PORT")).orElse("3000"));
        int motoPort = Integer.parseInt(Optional.ofNullable(System.getenv("MOTO_PORT")).orElse("0"));
        Path root = ProjectFiles.root();
        DevServer server = start(root, root.resolve(".local"), port, motoPort);
        OutboxWatcher.start(server.outbox);
        System.out.println("""

                Petition platform running locally
                  API and pages:  http://localhost:%d
                  Petition page:  http://localhost:%d/petitions/stop-forced-repatriation
                  THE LIST:       http://localhost:%d/list
                  AWS (moto):     %s (tables and buckets from template.yaml)
                  Emails:         %s (confirmation links are printed here)
                Routes:""".formatted(server.port(), server.port(), server.port(), server.moto.endpoint(), server.outbox));
        server.routes.forEach(r -> System.out.printf("  %-6s %-40s -> %s%n", r.method(), r.path(), r.functionId()));
        new RunningDevServer(URI.create("http://localhost:" + server.port()), server.moto.endpoint(),
                ProcessHandle.current().pid()).publish(root.resolve(".local"));
        System.out.println("Press Ctrl+C to stop.");
    }

    /**
     * Starts a moto of its own (the template's tables and buckets, demo data seeded) and the HTTP
     * server in front of the template's functions. Port 0 picks a free port. Emails go to
     * {@code localDir}/outbox; moto logs to {@code localDir}/moto.log.
     */
    public static DevServer start(Path root, Path localDir, int port, int motoPort) throws IOException {
        Path outbox = localDir.resolve("outbox");
        Files.createDirectories(outbox);
        SamTemplate template = SamTemplate.read(root.resolve("template.yaml"));
        MotoServer moto = MotoServer.start(motoPort, localDir);
        TemplateResources resources = new TemplateResources(template, moto.endpoint());
        resources.create();
        DynamoDbClient client = resources.dynamo();
        seedPetitions(root.resolve("tools/dev-server/seed/petitions"), client);
        ListSeed.importDemoList(root, client);
        MissionSeed.seed(root, client);

        Map<String, String> overrides = new HashMap<>(LocalFunctions.defaults(moto.endpoint().toString()));
        overrides.put("MAIL_OUTBOX_DIR", outbox.toString());
        overrides.put("REPORTS_DIR", localDir.resolve("reports").toString());
        overrides.put("LIST_REFRESH_SECONDS", ListSeed.LOCAL_REFRESH_SECONDS);
        LocalFunctions functions = new LocalFunctions(template, overrides);

        List<Route> routes = new ArrayList<>();
        Map<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers = new HashMap<>();
        for (SamTemplate.Function function : template.functions()) {
            if (function.routes().isEmpty()) {
                continue;
            }
            handlers.put(function.logicalId(), functions.handler(function));
            function.routes().forEach(r -> routes.add(Route.of(r.method(), r.path(), function.logicalId())));
        }
        // Literal segments win over parameters, as in API Gateway.
        routes.sort(Comparator.comparingLong((Route r) -> r.path().chars().filter(c -> c == '{').count())
                .thenComparing(Route::path));
        DevServer server = new DevServer(routes, handlers, moto, outbox);
        // The mailer drains the email queue into the outbox, as its event source mapping would in AWS.
        server.queueWorkers = QueueWorkers.start(template, functions, resources);
        server.serve(port);
        return server;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public Path outbox() {
        return outbox;
    }

    public void stop() {
        queueWorkers.close();
        server.stop(0);
        executor.shutdownNow();
        moto.close();
    }

    private static void seedPetitions(Path directory, DynamoDbClient client) throws IOException {
        DynamoDbPetitionStore store = new DynamoDbPetitionStore(client, "PetitionsTable");
        try (var files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                store.put(PetitionJson.read(Files.readString(file, StandardCharsets.UTF_8)));
                System.out.println("Seeded petition from " + file.getFileName());
            }
        }
    }

    private void serve(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        executor = Executors.newFixedThreadPool(16);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
            String path = exchange.getRequestURI().getRawPath();
            for (Route route : routes) {
                Optional<Map<String, String>> parameters = route.match(method, path);
                if (parameters.isPresent()) {
                    APIGatewayV2HTTPEvent event = ApiGatewayEvents.from(exchange, route, parameters.get(), port());
                    APIGatewayV2HTTPResponse response = handlers.get(route.functionId()).handleRequest(event, null);
                    write(exchange, response);
                    return;
                }
            }
            byte[] notFound = "{\"message\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(404, notFound.length);
            exchange.getResponseBody().write(notFound);
        } catch (IOException | RuntimeException e) {
            System.err.println("dev server: " + e.getClass().getSimpleName());
            throw e;
        }
    }

    private static void write(HttpExchange exchange, APIGatewayV2HTTPResponse response) throws IOException {
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        }
        String body = response.getBody() == null ? "" : response.getBody();
        byte[] bytes = response.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.getStatusCode(), head || bytes.length == 0 ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
