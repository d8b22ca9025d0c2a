package org.nkpetition.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
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

/**
 * POST /admin/petitions/{petitionId}/reports (IAM-authorised in AWS): a report on demand.
 *
 * <p>In AWS (REPORT_WORKER_FUNCTION set) it validates, then hands the job to the worker function
 * asynchronously and answers 202: a large petition takes longer than API Gateway's 30 seconds,
 * and the organisers get the result by email. Without a worker (bin/dev, tests) it runs the job
 * here and answers 200 with the totals and the files.
 */
public final class ReportRequestHandler extends HttpFunction {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReportServices services;
    private final Optional<String> worker;
    private final Optional<LambdaInvoker> invoker;
    private final Optional<String> bucket;
    private final Optional<String> publicBaseUrl;
    private final Clock clock;

    public ReportRequestHandler() {
        this(System.getenv());
    }

    public ReportRequestHandler(Map<String, String> variables) {
        this(new Environment(variables), Clock.systemUTC());
    }

    ReportRequestHandler(Environment env, Clock clock) {
        this.services = ReportServices.from(env, clock);
        this.worker = env.get("REPORT_WORKER_FUNCTION");
        this.invoker = worker.map(name -> new LambdaInvoker(env));
        this.bucket = env.get("REPORTS_BUCKET");
        this.publicBaseUrl = env.get("PUBLIC_BASE_URL");
        this.clock = clock;
    }

    @Override
    protected Reply route(HttpRequest request) {
        Petition petition = PetitionLookup.require(services.petitions(), request);
        Map<String, String> fields = request.bodyBytes().length == 0 ? Map.of() : RequestFields.parse(request);
        Instant now = clock.instant();
        ReportJob job = ReportRequest.parse(petition.id(), fields, now);
        if (services.ledger().find(petition.id(), job.cutoff()).filter(entry -> entry.leasedAt(now)).isPresent()) {
            throw inProgress();
        }
        if (worker.isPresent()) {
            return dispatch(job, request.baseUrl(publicBaseUrl));
        }
        ReportOutcome outcome = services.reports().run(petition, job.withLinkBase(Optional.of(request.baseUrl(publicBaseUrl))));
        if (outcome.status() == ReportOutcome.Status.IN_PROGRESS) {
            throw inProgress();
        }
        GeneratedReport report = outcome.report().orElseThrow();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", outcome.status().code());
        body.put("petitionId", report.petitionId());
        body.put("cutoff", report.cutoff().toString());
        body.put("total", report.total());
        body.put("byCountry", report.byCountry());
        body.put("location", report.location());
        List<Map<String, Object>> files = report.files().stream()
                .map(file -> Map.<String, Object>of("name", file.name(), "bytes", file.bytes())).toList();
        body.put("files", files);
        return new Reply(HttpResponses.json(200, body), outcome.status().code());
    }

    /** Hands the job to the worker, with this API's base URL for the download links in the email. */
    private Reply dispatch(ReportJob job, String linkBase) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("petitionId", job.petitionId());
        payload.put("cutoff", job.cutoff().toString());
        payload.put("lang", job.language().code());
        payload.put("force", job.force());
        payload.put("linkBase", linkBase);
        try {
            invoker.orElseThrow().invokeAsync(worker.orElseThrow(), JSON.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "accepted");
        body.put("petitionId", job.petitionId());
        body.put("cutoff", job.cutoff().toString());
        bucket.ifPresent(name -> body.put("location", "s3://" + name + "/" + S3Sink.prefix(job.petitionId(), job.cutoff())));
        return new Reply(HttpResponses.json(202, body), "accepted");
    }

    private static HttpProblem inProgress() {
        return new HttpProblem(409, "report_in_progress", Message.of("error_report_in_progress"));
    }
}
