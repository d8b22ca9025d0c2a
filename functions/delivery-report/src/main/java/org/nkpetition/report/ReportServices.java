package org.nkpetition.report;

import org.nkpetition.storage.dynamodb.DynamoDbClients;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.nkpetition.secrets.Secrets;
import org.nkpetition.config.Environment;
import org.nkpetition.deliveries.dynamodb.DynamoDbDeliveryStore;
import org.nkpetition.mail.sending.Mailers;
import org.nkpetition.missions.dynamodb.DynamoDbMissionStore;
import org.nkpetition.petition.PetitionStore;
import org.nkpetition.storage.dynamodb.DynamoDbConfirmedSignatures;
import org.nkpetition.storage.dynamodb.DynamoDbStores;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The parts both entry points (the schedule and the admin route) share, built once per container
 * from the function's environment: files to REPORTS_DIR when set (bin/dev), else to the
 * REPORTS_BUCKET, linked through the download route with tokens signed by the REPORT_LINK_KEY
 * secret (read from Secrets Manager only in that case); mail to MAIL_OUTBOX_DIR when set, else SES.
 */
record ReportServices(PetitionStore petitions, ReportLedger ledger, DeliveryReports reports) {

    static ReportServices from(Environment env, Clock clock) {
        DynamoDbClient dynamo = DynamoDbClients.create(env);
        String signaturesTable = env.require("SIGNATURES_TABLE");
        ReportLedger ledger = new ReportLedger(dynamo, signaturesTable);
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        String petitionsTable = env.require("PETITIONS_TABLE");
        DynamoDbDeliveryStore deliveries = new DynamoDbDeliveryStore(dynamo, petitionsTable);
        ReportGenerator generator = new ReportGenerator(new DynamoDbConfirmedSignatures(dynamo, signaturesTable), temporary,
                new DynamoDbMissionStore(dynamo, petitionsTable), deliveries);
        ReportOutput output = env.get("REPORTS_DIR")
                .<ReportOutput>map(dir -> new DirectoryOutput(Path.of(dir)))
                .orElseGet(() -> new S3Output(S3Clients.create(env), env.require("REPORTS_BUCKET"), temporary,
                        new ReportLinkTokens(linkKey(env)), env.get("PUBLIC_BASE_URL")));
        DeliveryReports reports = new DeliveryReports(generator, output, ledger, Mailers.fromEnvironment(env), clock,
                deliveries);
        return new ReportServices(DynamoDbStores.petitions(env, dynamo), ledger, reports);
    }

    /**
     * The key that signs download links, read at start-up when the function has one (the worker).
     * The admin route has none in AWS: it hands every job to the worker and must not be able to
     * read the key (least privilege); asked to sign there, it fails loudly.
     */
    private static Supplier<String> linkKey(Environment env) {
        if (env.get("REPORT_LINK_KEY_SECRET_ARN").isPresent() || env.get("REPORT_LINK_KEY").isPresent()) {
            return Secrets.fromEnvironment(env, "REPORT_LINK_KEY");
        }
        return () -> {
            throw new IllegalStateException("No REPORT_LINK_KEY_SECRET_ARN: only the report worker signs download links");
        };
    }

}
