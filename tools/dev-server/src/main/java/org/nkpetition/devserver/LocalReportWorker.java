package org.nkpetition.devserver;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.nkpetition.config.Environment;
import org.nkpetition.report.job.ReportWorker;

/**
 * The report worker (DeliveryReportFunction) as bin/dev runs it: a local stand-in for Lambda's Invoke API
 * ({@code POST /2015-03-31/functions/{name}/invocations}, InvocationType Event) on 127.0.0.1, which the admin
 * report route calls exactly as it calls Lambda in AWS (AWS_ENDPOINT_URL_LAMBDA points here). Each accepted
 * job runs on one background thread with {@link ReportWorker} from modules/reports, the code the worker
 * function runs, so the route answers 202 and the report arrives in .local/reports and the outbox, as in
 * AWS. A full queue answers 429, as Lambda does when throttled (the route then answers 503).
 */
final class LocalReportWorker implements AutoCloseable {
    /**
     * Jobs waiting beyond the one running: more than bin/check-api's few dozen report requests (each a small
     * map), so the contract check never sees the 503 of a full queue; a flood beyond it is refused.
     */
    private static final int QUEUE = 64;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ThreadPoolExecutor jobs = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE), runnable -> {
                Thread thread = new Thread(runnable, "report-worker");
                thread.setDaemon(true);
                return thread;
            });

    private LocalReportWorker(HttpServer server) {
        this.server = server;
    }

    /** Starts the endpoint on a free port; the worker is built from {@code workerEnvironment} on first use. */
    static LocalReportWorker start(Map<String, String> workerEnvironment) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        LocalReportWorker local = new LocalReportWorker(server);
        ReportWorker[] worker = new ReportWorker[1];
        server.createContext("/2015-03-31/functions/", exchange -> {
            try (exchange) {
                if (!"POST".equals(exchange.getRequestMethod()) || !exchange.getRequestURI().getPath().endsWith("/invocations")) {
                    answer(exchange, 404);
                    return;
                }
                Map<String, Object> event = JSON.readValue(exchange.getRequestBody(), new TypeReference<>() { });
                try {
                    local.jobs.execute(() -> {
                        try {
                            synchronized (worker) {
                                if (worker[0] == null) {
                                    worker[0] = ReportWorker.fromEnvironment(new Environment(workerEnvironment), Clock.systemUTC());
                                }
                            }
                            System.out.println("report worker: " + worker[0].handle(event));
                        } catch (RuntimeException failed) {
                            // The worker logged the failure (without its message); Lambda would retry once.
                            System.out.println("report worker: the job failed (see the log line above)");
                        }
                    });
                    answer(exchange, 202);
                } catch (RejectedExecutionException full) {
                    answer(exchange, 429);
                }
            }
        });
        server.start();
        return local;
    }

    /** The endpoint to give the report route as AWS_ENDPOINT_URL_LAMBDA. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        if (status == 429) {
            byte[] body = "{\"message\":\"Rate exceeded\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("X-Amzn-ErrorType", "TooManyRequestsException");
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            return;
        }
        exchange.sendResponseHeaders(status, -1);
    }

    @Override
    public void close() {
        server.stop(0);
        jobs.shutdownNow();
    }
}
