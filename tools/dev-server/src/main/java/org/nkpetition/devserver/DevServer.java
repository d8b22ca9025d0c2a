package org.nkpetition.devserver;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
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
    private final Path localDir;
    private Server server;
    private RunningDevServer published;
    private QueueWorkers queueWorkers;
    private LocalReportWorker reportWorker;

    private DevServer(List<Route> routes, Map<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers,
            MotoServer moto, Path localDir) {
        this.routes = routes;
        this.handlers = handlers;
        this.moto = moto;
        this.localDir = localDir;
        this.outbox = localDir.resolve("outbox");
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(Optional.ofNullable(System.getenv("PORT")).orElse("3000"));
        int motoPort = Integer.parseInt(Optional.ofNullable(System.getenv("MOTO_PORT")).orElse("0"));
        Path root = ProjectFiles.root();
        // DEV_LOCAL_DIR: bin/test runs a second dev server for the API contract check without
        // touching the .local/ (outbox, dev-server.properties) of a bin/dev the developer has running.
        Path localDir = Optional.ofNullable(System.getenv("DEV_LOCAL_DIR")).map(Path::of).orElse(root.resolve(".local"));
        DevServer server = start(root, localDir, port, motoPort);
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
        System.out.println("Press Ctrl+C to stop.");
    }

    /**
     * Starts a moto of its own (the template's tables and buckets, demo data seeded) and the HTTP
     * server in front of the template's functions. Port 0 picks a free port. Emails go to
     * {@code localDir}/outbox; moto logs to {@code localDir}/moto.log. Once it listens, the server
     * announces itself in {@code localDir}/dev-server.properties ({@link RunningDevServer}: how
     * bin/admin --local finds it); {@link #stop()} removes the file.
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
        // The admin report route hands jobs to the worker through Lambda's Invoke API, as in AWS: here a local
        // endpoint running the worker's code in this process (docs/adr/0210).
        LocalReportWorker reportWorker = LocalReportWorker.start(
                new LocalFunctions(template, overrides).environment(template.functions().stream()
                        .filter(f -> f.logicalId().equals("DeliveryReportFunction")).findFirst().orElseThrow()));
        overrides.put("REPORT_WORKER_FUNCTION", "DeliveryReportFunction");
        overrides.put("AWS_ENDPOINT_URL_LAMBDA", reportWorker.endpoint());
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
        DevServer server = new DevServer(routes, handlers, moto, localDir);
        server.reportWorker = reportWorker;
        // The mailer drains the email queue into the outbox, as its event source mapping would in AWS.
        server.queueWorkers = QueueWorkers.start(template, functions, resources);
        server.serve(port);
        server.published = new RunningDevServer(URI.create("http://localhost:" + server.port()), moto.endpoint(),
                ProcessHandle.current().pid());
        server.published.publish(localDir);
        return server;
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public Path outbox() {
        return outbox;
    }

    public void stop() {
        published.withdraw(localDir);
        queueWorkers.close();
        reportWorker.close();
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("dev server: could not stop Jetty: " + e.getMessage());
        }
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

    /**
     * Jetty on localhost only. Jetty rather than the JDK's HttpServer: it accepts raw UTF-8 in the
     * request target (curl sends {@code ?q=박동철} so, and API Gateway accepts it), and sets
     * TCP_NODELAY on accepted connections (docs/adr/0020).
     */
    private void serve(int port) throws IOException {
        server = new Server(new QueuedThreadPool(32, 4, 60_000));
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // Let odd targets (%2F, "..", encoded controls) reach the routing and the functions, as API
        // Gateway does, instead of Jetty's own 400.
        http.setUriCompliance(UriCompliance.UNSAFE);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("localhost");
        connector.setPort(port);
        // TCP_NODELAY (Jetty's default too): without it a kept-alive connection waits for delayed ACKs.
        // -Ddevserver.tcpNoDelay=false only reproduces the "before" of docs/PERFORMANCE.md.
        connector.setAcceptedTcpNoDelay(Boolean.parseBoolean(System.getProperty("devserver.tcpNoDelay", "true")));
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                try {
                    DevServer.this.handle(request, response, callback);
                } catch (RuntimeException | IOException e) {
                    System.err.println("dev server: " + e.getClass().getSimpleName());
                    callback.failed(e);
                }
                return true;
            }
        });
        try {
            server.start();
        } catch (Exception e) {
            throw new IOException("Could not start the HTTP server on port " + port + ": " + e.getMessage(), e);
        }
    }

    private void handle(Request request, Response response, Callback callback) throws IOException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        boolean head = method.equals("HEAD");
        // HEAD is answered like GET (the functions only know GET routes), without the body.
        String routeMethod = head ? "GET" : method;
        String rawPath = RequestTarget.encode(request.getHttpURI().getPath());
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.match(routeMethod, rawPath);
            if (parameters.isPresent()) {
                Optional<byte[]> body = body(request);
                if (body.isEmpty()) {
                    write(response, gatewayAnswer(413, "Request Entity Too Large"), head, callback);
                    return;
                }
                ApiGatewayEvents.Incoming incoming = new ApiGatewayEvents.Incoming(routeMethod, rawPath,
                        RequestTarget.encode(request.getHttpURI().getQuery()), headers(request), body.get(),
                        request.getConnectionMetaData().getProtocol(), Request.getRemoteAddr(request));
                APIGatewayV2HTTPEvent event = ApiGatewayEvents.from(incoming, route, parameters.get(), port());
                write(response, handlers.get(route.functionId()).handleRequest(event, null), head, callback);
                return;
            }
        }
        write(response, gatewayAnswer(404, "Not Found"), head, callback);
    }

    /** An answer API Gateway gives itself, before any function runs. */
    private static APIGatewayV2HTTPResponse gatewayAnswer(int status, String message) {
        APIGatewayV2HTTPResponse answer = new APIGatewayV2HTTPResponse();
        answer.setStatusCode(status);
        answer.setHeaders(Map.of("Content-Type", "application/json"));
        answer.setBody("{\"message\":\"" + message + "\"}");
        return answer;
    }

    private static Map<String, String> headers(Request request) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.getHeaders().forEach(field -> headers.merge(field.getLowerCaseName(), field.getValue(),
                (first, next) -> first + "," + next));
        return headers;
    }

    /** The body, or empty when it is over API Gateway's 10 MB limit (API Gateway answers 413 then). */
    private static Optional<byte[]> body(Request request) throws IOException {
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes(ApiGatewayEvents.MAX_BODY_BYTES + 1);
            return body.length > ApiGatewayEvents.MAX_BODY_BYTES ? Optional.empty() : Optional.of(body);
        }
    }

    private static void write(Response response, APIGatewayV2HTTPResponse answer, boolean head, Callback callback) {
        response.setStatus(answer.getStatusCode());
        if (answer.getHeaders() != null) {
            answer.getHeaders().forEach((name, value) -> response.getHeaders().add(name, value));
        }
        if (answer.getCookies() != null) {
            answer.getCookies().forEach(cookie -> response.getHeaders().add(HttpHeader.SET_COOKIE, cookie));
        }
        String body = answer.getBody() == null ? "" : answer.getBody();
        byte[] bytes = answer.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, head ? null : ByteBuffer.wrap(bytes), callback);
    }
}
