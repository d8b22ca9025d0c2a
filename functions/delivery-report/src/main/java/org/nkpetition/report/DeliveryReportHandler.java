package org.nkpetition.report;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.config.Environment;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;

/**
 * The report worker, for inputs that are not HTTP requests:
 * <ul>
 * <li>EventBridge Scheduler, every 15 minutes: {@code {"scheduledTime": "<aws.scheduler.scheduled-time>",
 *     "linkBase": "https://…"}} produces the reports of every open petition whose delivery moment has
 *     come (see {@link DueReports});</li>
 * <li>the admin route, asynchronously: {@code {"petitionId", "cutoff", "lang", "force", "linkBase"}}
 *     produces one report.</li>
 * </ul>
 * {@code linkBase} (optional) starts the download links in the organisers' email: the worker cannot
 * learn the API's URL from the template without a dependency cycle, so its callers pass it.
 * Its input is a plain map, not an SDK event class: the scheduler sends our own JSON.
 */
public final class DeliveryReportHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final ReportServices services;
    private final Clock clock;

    public DeliveryReportHandler() {
        this(System.getenv());
    }

    public DeliveryReportHandler(Map<String, String> variables) {
        this(new Environment(variables), Clock.systemUTC());
    }

    DeliveryReportHandler(Environment env, Clock clock) {
        this.services = ReportServices.from(env, clock);
        this.clock = clock;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        Map<String, Object> event = input == null ? Map.of() : input;
        if (event.get("petitionId") != null) {
            return Map.of("reports", List.of(requested(event)));
        }
        Optional<String> linkBase = linkBase(event);
        Instant scheduledTime = Optional.ofNullable(event.get("scheduledTime")).map(String::valueOf)
                .flatMap(Cutoff::parse).map(Cutoff::instant).orElseGet(clock::instant);
        List<Map<String, Object>> done = new ArrayList<>();
        int failed = 0;
        for (DueReports.Due due : new DueReports(services.petitions(), services.ledger()).at(scheduledTime)) {
            // One petition's failure must not keep the others' organisers waiting; it is retried
            // by the next run (every 15 minutes, for DueReports.CATCH_UP).
            try {
                done.add(run("schedule", due.petition(), due.job().withLinkBase(linkBase)));
            } catch (RuntimeException error) {
                ReportLog.failure(due.job(), error);
                failed++;
            }
        }
        if (failed > 0) {
            // Fail the invocation so the function's Errors metric (and its alarm) shows it.
            throw new IllegalStateException(failed + " scheduled report(s) failed; see the log lines before this one");
        }
        return Map.of("scheduledTime", scheduledTime.toString(), "reports", done);
    }

    /** A job the admin route handed over; it validated the fields, so bad ones here are a bug. */
    private Map<String, Object> requested(Map<String, Object> event) {
        String petitionId = String.valueOf(event.get("petitionId"));
        Cutoff cutoff = Cutoff.parse(String.valueOf(event.get("cutoff")))
                .orElseThrow(() -> new IllegalArgumentException("cutoff must be an ISO-8601 time"));
        Language language = Language.fromCode(String.valueOf(event.getOrDefault("lang", "en"))).orElse(Language.EN);
        boolean force = Boolean.parseBoolean(String.valueOf(event.getOrDefault("force", "false")));
        Petition petition = services.petitions().find(petitionId)
                .orElseThrow(() -> new IllegalArgumentException("No such petition"));
        ReportJob job = new ReportJob(petitionId, cutoff, language, force, linkBase(event));
        try {
            return run("admin", petition, job);
        } catch (RuntimeException error) {
            // Logged without its message (it may quote data); Lambda retries the job, the ledger
            // keeps the organisers from getting the email twice.
            ReportLog.failure(job, error);
            throw new IllegalStateException("The report failed; see the log line before this one");
        }
    }

    /** An http(s) base URL without query or fragment, or nothing: the links must lead to our own route. */
    static Optional<String> linkBase(Map<String, Object> event) {
        return Optional.ofNullable(event.get("linkBase")).map(String::valueOf)
                .filter(base -> base.matches("https://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?")
                        || base.matches("http://(localhost|127\\.0\\.0\\.1)(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?"));
    }

    private Map<String, Object> run(String trigger, Petition petition, ReportJob job) {
        long started = System.nanoTime();
        ReportOutcome outcome = services.reports().run(petition, job);
        ReportLog.run(trigger, job, outcome, (System.nanoTime() - started) / 1_000_000);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("petitionId", job.petitionId());
        result.put("cutoff", job.cutoff().toString());
        result.put("outcome", outcome.status().code());
        outcome.report().ifPresent(report -> {
            result.put("total", report.total());
            result.put("location", report.location());
        });
        return result;
    }
}
