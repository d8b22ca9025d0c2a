package org.nkpetition.report;

import java.nio.file.Path;
import java.time.Clock;
import org.nkpetition.aws.AwsClients;
import org.nkpetition.config.Environment;
import org.nkpetition.mail.Mailers;
import org.nkpetition.petition.PetitionStore;
import org.nkpetition.storage.dynamodb.DynamoDbConfirmedSignatures;
import org.nkpetition.storage.dynamodb.DynamoDbStores;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The parts both entry points (the schedule and the admin route) share, built once per container
 * from the function's environment: files to REPORTS_DIR when set (bin/dev), else to the
 * REPORTS_BUCKET; mail to MAIL_OUTBOX_DIR when set, else SES.
 */
record ReportServices(PetitionStore petitions, ReportLedger ledger, DeliveryReports reports) {

    static ReportServices from(Environment env, Clock clock) {
        DynamoDbClient dynamo = AwsClients.dynamoDb(env);
        String signaturesTable = env.require("SIGNATURES_TABLE");
        ReportLedger ledger = new ReportLedger(dynamo, signaturesTable);
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        ReportGenerator generator = new ReportGenerator(new DynamoDbConfirmedSignatures(dynamo, signaturesTable), temporary);
        ReportOutput output = env.get("REPORTS_DIR")
                .<ReportOutput>map(dir -> new DirectoryOutput(Path.of(dir)))
                .orElseGet(() -> new S3Output(AwsClients.s3(env), env.require("REPORTS_BUCKET"), temporary, env));
        DeliveryReports reports = new DeliveryReports(generator, output, ledger, Mailers.fromEnvironment(env), clock);
        return new ReportServices(DynamoDbStores.petitions(env, dynamo), ledger, reports);
    }
}
