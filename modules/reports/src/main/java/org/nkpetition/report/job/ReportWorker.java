package org.nkpetition.report.job;

import org.nkpetition.report.s3.S3Clients;
import org.nkpetition.storage.dynamodb.DynamoDbClients;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.nkpetition.secrets.Secrets;
import org.nkpetition.config.Environment;
import org.nkpetition.deliveries.dynamodb.DynamoDbDeliveryStore;
import org.nkpetition.domain.Petition;
import org.nkpetition.mail.sending.Mailers;
import org.nkpetition.missions.dynamodb.DynamoDbMissionStore;
import org.nkpetition.petition.PetitionStore;
import org.nkpetition.report.generation.ReportGenerator;
import org.nkpetition.report.ledger.ReportLedger;
import org.nkpetition.report.ledger.dynamodb.DynamoDbReportLedger;
import org.nkpetition.report.links.ReportLinkTokens;
import org.nkpetition.report.output.DirectoryStorage;
import org.nkpetition.report.output.ReportStorage;
import org.nkpetition.report.output.S3Storage;
import org.nkpetition.report.request.Cutoff;
import org.nkpetition.report.request.ReportJob;
import org.nkpetition.storage.dynamodb.DynamoDbConfirmedSignatures;
import org.nkpetition.storage.dynamodb.DynamoDbStores;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The report worker: what the delivery-report function does with each invocation, and what bin/dev runs
 * in-process behind the admin route. Its input is a plain map (the scheduler sends our own JSON):
 * <ul>
 * <li>EventBridge Scheduler, every 15 minutes: {@code {"scheduledTime": "<aws.scheduler.scheduled-time>",
 *     "linkBase": "https://…"}} produces the reports of every open petition whose delivery moment has
 *     come (see {@link DueReports});</li>
 * <li>the admin route, asynchronously: a job ({@link ReportJob#toEvent()}) produces one report.</li>
 * </ul>
 * {@code linkBase} (optional) starts the download links in the emails: the worker cannot learn the API's
 * URL from the template without a dependency cycle, so its callers pass it.
 *
 * <p>Built once per container from the environment: files to REPORTS_DIR when set (bin/dev), else to the
 * REPORTS_BUCKET, linked through the download route with tokens signed by the REPORT_LINK_KEY secret; mail
 * to MAIL_OUTBOX_DIR when set, else SES.
 */
public final class ReportWorker {
    private final PetitionStore petitions;
    private final ReportLedger ledger;
    private final ReportRunner runner;
    private final Clock clock;

    public ReportWorker(PetitionStore petitions, ReportLedger ledger, ReportRunner runner, Clock clock) {
        this.petitions = petitions;
        this.ledger = ledger;
        this.runner = runner;
        this.clock = clock;
    }

    /** The worker as the function's environment describes it (template.yaml's DeliveryReportFunction). */
    public static ReportWorker fromEnvironment(Environment env, Clock clock) {
        DynamoDbClient dynamo = DynamoDbClients.create(env);
        String signaturesTable = env.require("SIGNATURES_TABLE");
        ReportLedger ledger = new DynamoDbReportLedger(dynamo, signaturesTable);
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        String petitionsTable = env.require("PETITIONS_TABLE");
        DynamoDbDeliveryStore deliveries = new DynamoDbDeliveryStore(dynamo, petitionsTable);
        ReportGenerator generator = new ReportGenerator(new DynamoDbConfirmedSignatures(dynamo, signaturesTable), temporary,
                new DynamoDbMissionStore(dynamo, petitionsTable), deliveries);
        ReportStorage storage = env.get("REPORTS_DIR")
                .<ReportStorage>map(dir -> new DirectoryStorage(Path.of(dir)))
                .orElseGet(() -> new S3Storage(S3Clients.create(env), env.require("REPORTS_BUCKET"), temporary,
                        new ReportLinkTokens(linkKey(env)), env.get("PUBLIC_BASE_URL")));
        ReportRunner runner = new ReportRunner(generator, storage, ledger, Mailers.fromEnvironment(env), clock,
                Optional.of(deliveries));
        return new ReportWorker(DynamoDbStores.petitions(env, dynamo), ledger, runner, clock);
    }

    /**
     * The key that signs download links, read at start-up when the environment names one. Without one (a
     * folder under bin/dev needs none), asked to sign, it fails loudly.
     */
    private static Supplier<String> linkKey(Environment env) {
        if (env.get("REPORT_LINK_KEY_SECRET_ARN").isPresent() || env.get("REPORT_LINK_KEY").isPresent()) {
            return Secrets.fromEnvironment(env, "REPORT_LINK_KEY");
        }
        return () -> {
            throw new IllegalStateException("No REPORT_LINK_KEY_SECRET_ARN: only the report worker signs download links");
        };
    }

    /**
     * Handles one invocation: a job, or a scheduled run. Answers {@code {"reports": [{petitionId, cutoff,
     * outcome, total?, location?}]}} (a scheduled run adds {@code scheduledTime}).
     *
     * @throws IllegalStateException when a report failed (logged first, without its message): the
     *     invocation fails, so Lambda retries it and the function's Errors alarm shows it
     */
    public Map<String, Object> handle(Map<String, Object> input) {
        Map<String, Object> event = input == null ? Map.of() : input;
        Optional<ReportJob> requested = ReportJob.fromEvent(event);
        if (requested.isPresent()) {
            return Map.of("reports", List.of(requested(requested.get())));
        }
        Optional<String> linkBase = ReportJob.linkBaseOf(event);
        Instant scheduledTime = Optional.ofNullable(event.get("scheduledTime")).map(String::valueOf)
                .flatMap(Cutoff::parse).map(Cutoff::instant).orElseGet(clock::instant);
        List<Map<String, Object>> done = new ArrayList<>();
        int failed = 0;
        for (DueReports.Due due : new DueReports(petitions, ledger).at(scheduledTime)) {
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

    /** A job the admin route handed over; it validated the fields, so an unknown petition here is a bug. */
    private Map<String, Object> requested(ReportJob job) {
        Petition petition = petitions.find(job.petitionId())
                .orElseThrow(() -> new IllegalArgumentException("No such petition"));
        try {
            return run("admin", petition, job);
        } catch (RuntimeException error) {
            // Logged without its message (it may quote data); Lambda retries the job, the ledger
            // keeps the organisers from getting the email twice.
            ReportLog.failure(job, error);
            throw new IllegalStateException("The report failed; see the log line before this one");
        }
    }

    private Map<String, Object> run(String trigger, Petition petition, ReportJob job) {
        long started = System.nanoTime();
        RunOutcome outcome = runner.run(petition, job);
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
