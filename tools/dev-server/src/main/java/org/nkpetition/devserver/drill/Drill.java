package org.nkpetition.devserver.drill;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.LocalFunctions;
import org.nkpetition.localstack.LocalQueuePoller;
import org.nkpetition.localstack.MotoServer;
import org.nkpetition.localstack.ProjectFiles;
import org.nkpetition.localstack.SamTemplate;
import org.nkpetition.localstack.SentEmail;
import org.nkpetition.localstack.TemplateResources;
import org.nkpetition.petition.PetitionJson;
import org.nkpetition.storage.dynamodb.DynamoDbCountStore;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;

/**
 * bin/drill: the real sign and mailer functions on a fresh local stack (moto, queues and tables from
 * template.yaml, the mailer polled as Lambda's event source would), put through a bad day:
 * <ul>
 *   <li>{@code ses-outage}: SES becomes unreachable while people sign, then comes back;</li>
 *   <li>{@code spike}: people sign faster than the configured SES send rate.</li>
 * </ul>
 * Then every delivered link is confirmed, and one line says what happened: signed, 202s, emails
 * delivered, dead-lettered, lost (a 202 with neither an email nor a dead letter: must be 0), count
 * exact, longest wait for an email (between the 202 and SES taking the email; 1 s resolution).
 */
public final class Drill {
    private static final String PETITION = "stop-forced-repatriation";
    private static final Pattern TOKEN = Pattern.compile("/signatures/confirm\\?token=([A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})");

    private final String scenario;
    private final int signers;
    private final double sendRate;

    private Drill(String scenario, int signers, double sendRate) {
        this.scenario = scenario;
        this.signers = signers;
        this.sendRate = sendRate;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !List.of("ses-outage", "spike", "all").contains(args[0])) {
            System.err.println("usage: bin/drill ses-outage|spike|all [signers (default 200)] [SES emails/s (default 20)]");
            System.exit(2);
        }
        int signers = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 20;
        List<String> scenarios = args[0].equals("all") ? List.of("ses-outage", "spike") : List.of(args[0]);
        // The functions' own log lines go to target/drill-functions.log; the drills' lines to the console.
        java.io.PrintStream console = System.out;
        Files.createDirectories(Path.of("target"));
        System.setOut(new java.io.PrintStream(Files.newOutputStream(Path.of("target/drill-functions.log")), true,
                StandardCharsets.UTF_8));
        for (String scenario : scenarios) {
            console.println(new Drill(scenario, signers, rate).run());
        }
        System.exit(0);
    }

    private String run() throws Exception {
        Path root = ProjectFiles.root();
        Path work = Files.createTempDirectory("drill");
        try (MotoServer moto = MotoServer.start(0, work)) {
            SamTemplate template = SamTemplate.read(root.resolve("template.yaml"));
            TemplateResources resources = new TemplateResources(template, moto.endpoint());
            resources.create();
            new DynamoDbPetitionStore(resources.dynamo(), "PetitionsTable").put(PetitionJson.read(Files.readString(
                    root.resolve("tools/dev-server/seed/petitions/" + PETITION + ".json"), StandardCharsets.UTF_8)));
            Map<String, String> overrides = new HashMap<>(LocalFunctions.defaults(moto.endpoint().toString()));
            overrides.put("SIGNATURES_PER_IP_PER_HOUR", "100000000");
            overrides.put("EMAIL_SEND_RATE", Double.toString(sendRate));
            overrides.put("MAILER_CONCURRENCY", "1");
            overrides.put("MAIL_RETRY_BASE_SECONDS", "1");
            LocalFunctions functions = new LocalFunctions(template, overrides);
            software.amazon.awssdk.services.sesv2.SesV2Client ses = org.nkpetition.mail.sending.SesClients.create(
                    new org.nkpetition.config.Environment(functions.environment(functions.function("MailerFunction"))));
            ses.createEmailIdentity(b -> b.emailIdentity(template.parameterDefaults().get("SenderEmail").toString()));

            RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> sign = functions.handler(functions.function("SignFunction"));
            RequestHandler<SQSEvent, SQSBatchResponse> mailer = functions.handler(functions.function("MailerFunction"));
            Map<String, String> outage = new HashMap<>(overrides);
            outage.put("AWS_ENDPOINT_URL_SESV2", "http://127.0.0.1:9");
            outage.put("SDK_CALL_TIMEOUT_MS", "1000");
            outage.put("SDK_ATTEMPT_TIMEOUT_MS", "300");
            RequestHandler<SQSEvent, SQSBatchResponse> mailerWithoutSes = new LocalFunctions(template, outage)
                    .handler(functions.function("MailerFunction"));

            AtomicReference<RequestHandler<SQSEvent, SQSBatchResponse>> current = new AtomicReference<>(
                    scenario.equals("ses-outage") ? mailerWithoutSes : mailer);
            LocalQueuePoller poller = new LocalQueuePoller(resources.sqs(), resources.queueUrl("MailQueue"),
                    SamTemplate.localQueueArn("MailQueue"), event -> current.get().handleRequest(event, null), 10)
                    .start("MailerFunction");

            Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger serverErrors = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<?>> signing = new ArrayList<>();
            for (int i = 0; i < signers; i++) {
                int n = i;
                signing.add(pool.submit(() -> {
                    String address = "drill" + n + "@example.org";
                    for (int attempt = 0; attempt < 20; attempt++) {
                        APIGatewayV2HTTPResponse response = sign.handleRequest(HttpEvents.route("POST /petitions/{petitionId}/signatures")
                                .path("petitionId", PETITION).json("{\"name\":\"Drill " + n + "\",\"email\":\"" + address
                                        + "\",\"country\":\"KR\",\"consent\":true}").build(), null);
                        if (response.getStatusCode() == 202) {
                            acceptedAt.put(address, System.nanoTime());
                            accepted.incrementAndGet();
                            return;
                        }
                        if (response.getStatusCode() >= 500 && response.getStatusCode() != 503) {
                            serverErrors.incrementAndGet();
                        }
                    }
                }));
            }
            Map<String, Long> deliveredAt = new HashMap<>();
            long started = System.nanoTime();
            boolean outageOver = !scenario.equals("ses-outage");
            while (true) {
                boolean signingDone = signing.stream().allMatch(Future::isDone);
                for (SentEmail email : moto.sentEmails()) {
                    email.to().forEach(to -> deliveredAt.putIfAbsent(to, System.nanoTime()));
                }
                if (!outageOver && System.nanoTime() - started > 20_000_000_000L && signingDone) {
                    current.set(mailer); // SES is back
                    outageOver = true;
                }
                int dead = deadLetters(resources);
                if (signingDone && outageOver && deliveredAt.size() + dead >= accepted.get()) {
                    break;
                }
                if (System.nanoTime() - started > 1_800_000_000_000L) {
                    break; // 30 minutes: give up and report what is missing
                }
                Thread.sleep(1000);
            }
            pool.shutdown();
            poller.close();
            List<SentEmail> emails = moto.sentEmails();
            int confirmed = 0;
            for (SentEmail email : emails) {
                Matcher token = TOKEN.matcher(email.body());
                if (token.find()) {
                    APIGatewayV2HTTPResponse response = sign.handleRequest(HttpEvents.route("POST /signatures/confirm")
                            .json("{\"token\":\"" + token.group(1) + "\"}").build(), null);
                    if (response.getStatusCode() == 200) {
                        confirmed++;
                    } else if (response.getStatusCode() >= 500 && response.getStatusCode() != 503) {
                        serverErrors.incrementAndGet();
                    }
                }
            }
            PetitionCount count = new DynamoDbCountStore(resources.dynamo(), "SignaturesTable", 10).read(PETITION);
            int dead = deadLetters(resources);
            long lost = acceptedAt.keySet().stream().filter(a -> !deliveredAt.containsKey(a)).count() - dead;
            double longestWait = acceptedAt.entrySet().stream().filter(e -> deliveredAt.containsKey(e.getKey()))
                    .mapToLong(e -> deliveredAt.get(e.getKey()) - e.getValue()).max().orElse(0) / 1e9;
            return String.format(java.util.Locale.ROOT,
                    "%s: signed %d, 202s %d, emails delivered %d, dead-lettered %d, lost %d, count exact %s,"
                            + " longest wait for an email %.1f s (SES %.0f/s, 5xx other than 503: %d)",
                    scenario, signers, accepted.get(), emails.size(), dead, Math.max(0, lost),
                    count.total() == confirmed && confirmed == deliveredAt.size() ? "yes" : "no (" + count.total() + " vs " + confirmed + ")",
                    longestWait, sendRate, serverErrors.get());
        }
    }

    private static int deadLetters(TemplateResources resources) {
        return Integer.parseInt(resources.sqs().getQueueAttributes(b -> b.queueUrl(resources.queueUrl("MailDeadLetterQueue"))
                .attributeNamesWithStrings("ApproximateNumberOfMessages")).attributesAsStrings()
                .getOrDefault("ApproximateNumberOfMessages", "0"));
    }
}
