package org.nkpetition.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reports' plain-Java parts (docs/adr/0210): what a report is and how it is drawn and worded knows no
 * AWS SDK, Lambda runtime, HTTP edge or storage adapter, and never reaches up to the job. The adapters live
 * in {@code report.output} ({@code S3Storage}, beside the {@code ReportStorage}/{@code ReportFolder} port it
 * implements), {@code report.ledger.dynamodb} and {@code report.job} (the worker, built from the environment),
 * and the functions' handlers.
 */
class ReportLayersTest {
    static final List<String> PLAIN = List.of("org.nkpetition.report.request", "org.nkpetition.report.ledger",
            "org.nkpetition.report.links", "org.nkpetition.report.content", "org.nkpetition.report.generation",
            "org.nkpetition.report.rendering..", "org.nkpetition.report.email");

    @Test
    void theReportsPlainPartsUseNoSdkNoLambdaNoHttpAndNoAdapters() {
        noClasses().that().resideInAnyPackage(PLAIN.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..",
                        "com.amazonaws.services.lambda..", "org.nkpetition.http..", "org.nkpetition.aws..",
                        "org.nkpetition.storage..", "org.nkpetition.report.ledger.dynamodb..", "org.nkpetition.report.job..")
                .check(ModuleClasses.of(List.of(ModuleClasses.ROOT.resolve("modules/report-contract"),
                        ModuleClasses.ROOT.resolve("modules/reports"))));
    }
}
