package org.nkpetition.report.routes;

import org.nkpetition.storage.dynamodb.DynamoDbClients;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.config.Environment;
import org.nkpetition.domain.Petition;
import org.nkpetition.http.HttpFunction;
import org.nkpetition.http.HttpProblem;
import org.nkpetition.http.HttpRequest;
import org.nkpetition.http.HttpResponses;
import org.nkpetition.http.PetitionLookup;
import org.nkpetition.http.Reply;
import org.nkpetition.http.RequestFields;
import org.nkpetition.i18n.Message;
import org.nkpetition.petition.PetitionStore;
import org.nkpetition.report.ledger.ReportLedger;
import org.nkpetition.report.ledger.dynamodb.DynamoDbReportLedger;
import org.nkpetition.report.links.ReportFileKeys;
import org.nkpetition.report.request.ReportJob;
import org.nkpetition.storage.dynamodb.DynamoDbStores;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * POST /admin/petitions/{petitionId}/reports (IAM-authorised in AWS): a report on demand.
 *
 * <p>Validates (petition, cut-off, options, no run of that report in progress), then hands the job to the
 * report worker (REPORT_WORKER_FUNCTION, asynchronously) and answers 202: a large petition takes longer
 * than API Gateway's 30 seconds, and the organisers get the result by email. bin/dev runs the same worker
 * in-process behind a local Lambda endpoint, so the route behaves the same there (docs/adr/0210).
 */
public final class ReportRequestHandler extends HttpFunction {
    private final PetitionStore petitions;
    private final ReportLedger ledger;
    private final WorkerQueue worker;
    private final Optional<String> bucket;
    private final Optional<String> publicBaseUrl;
    private final Clock clock;

    /** Where accepted jobs go: the worker function, invoked asynchronously ({@link LambdaInvoker}). */
    @FunctionalInterface
    interface WorkerQueue {
        /** Queues the job; throws when the worker did not accept it (the route answers 503). */
        void submit(ReportJob job);
    }

    public ReportRequestHandler() {
        this(System.getenv());
    }

    public ReportRequestHandler(Map<String, String> variables) {
        this(new Environment(variables), Clock.systemUTC());
    }

    ReportRequestHandler(Environment env, Clock clock) {
        this(env, clock, new LambdaInvoker(env, env.require("REPORT_WORKER_FUNCTION"))::invokeAsync);
    }

    ReportRequestHandler(Environment env, Clock clock, WorkerQueue worker) {
        DynamoDbClient dynamo = DynamoDbClients.create(env);
        this.petitions = DynamoDbStores.petitions(env, dynamo);
        this.ledger = new DynamoDbReportLedger(dynamo, env.require("SIGNATURES_TABLE"));
        this.worker = worker;
        this.bucket = env.get("REPORTS_BUCKET");
        this.publicBaseUrl = env.get("PUBLIC_BASE_URL");
        this.clock = clock;
    }

    @Override
    protected Reply route(HttpRequest request) {
        Petition petition = PetitionLookup.require(petitions, request);
        Map<String, String> fields = request.bodyBytes().length == 0 ? Map.of() : RequestFields.parse(request);
        Instant now = clock.instant();
        ReportJob job = ReportRequest.parse(petition.id(), fields, now)
                .withLinkBase(Optional.of(request.baseUrl(publicBaseUrl)));
        if (ledger.find(petition.id(), job.cutoff()).filter(entry -> entry.leasedAt(now)).isPresent()) {
            throw new HttpProblem(409, "report_in_progress", Message.of("error_report_in_progress"));
        }
        worker.submit(job);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "accepted");
        body.put("petitionId", job.petitionId());
        body.put("cutoff", job.cutoff().toString());
        bucket.ifPresent(name -> body.put("location", "s3://" + name + "/" + ReportFileKeys.prefix(job.petitionId(), job.cutoff())));
        return new Reply(HttpResponses.json(202, body), "accepted");
    }
}
