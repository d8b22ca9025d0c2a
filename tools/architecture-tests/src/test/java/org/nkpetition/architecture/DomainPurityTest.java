package org.nkpetition.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The domain is plain Java (DESIGN.md, issue 10): its rules can be read, and tested on in-memory
 * fakes, without the AWS SDK, the Lambda runtime, HTTP, templates or the web pages. Adapters (the
 * {@code ..dynamodb..} packages, {@code aws}, {@code mailqueue}, {@code mail.sending}), the edge
 * ({@code http}) and the pages ({@code web}) depend on the domain, never the other way round.
 * Checked twice: on the domain packages wherever they are built, and on the whole domain module
 * (modules/domain), whose pom may declare no AWS, Lambda or template library either.
 */
class DomainPurityTest {
    /** The domain packages under org.nkpetition, each with its sub-packages except adapters. */
    static final List<String> DOMAIN = List.of("domain", "signature", "count", "missions", "deliveries", "petition",
            "updates", "text", "email", "i18n", "links", "security");

    /** What the domain may not use: SDK, Lambda, HTTP, pages, templates, adapters. */
    static final String[] FORBIDDEN = {"software.amazon.awssdk..", "com.amazonaws..", "org.nkpetition.web..",
            "org.nkpetition.http..", "org.nkpetition.aws..", "org.nkpetition.storage..", "org.nkpetition.templates..",
            "org.nkpetition.mail.sending..", "org.nkpetition.mail.composing..", "org.nkpetition.mail.batches..",
            "org.nkpetition.mailqueue..", "org.nkpetition.secrets..", "com.samskivert..", "org.eclipse.jetty..",
            "java.net.http.."};

    @Test
    void theDomainPackagesUseNoSdkNoLambdaNoHttpAndNoPages() {
        String[] domain = DOMAIN.stream().map(name -> "org.nkpetition." + name).toArray(String[]::new);
        noClasses().that().resideInAnyPackage(domain)
                .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN)
                .check(ModuleClasses.all());
    }

    @Test
    void theDomainModuleUsesNoSdkNoLambdaNoHttpAndNoPages() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN)
                .check(ModuleClasses.of(List.of(ModuleClasses.ROOT.resolve("modules/domain"))));
    }

    @Test
    void theDomainModuleDeclaresNoAwsLambdaOrTemplateLibraryNorAnyOtherModule() throws IOException {
        String pom = Files.readString(ModuleClasses.ROOT.resolve("modules/domain/pom.xml"));
        String dependencies = pom.substring(pom.indexOf("<dependencies>"));
        for (String forbidden : List.of("software.amazon.awssdk", "com.amazonaws", "jmustache",
                "<groupId>org.nkpetition</groupId>\n      <artifactId>(?!domain)")) {
            assertFalse(java.util.regex.Pattern.compile(forbidden).matcher(dependencies).find(),
                    "modules/domain/pom.xml declares " + forbidden);
        }
    }

    /**
     * THE LIST's entries, name readings and search (modules/the-list) are plain Java too; only its
     * {@code list.store} adapter talks to DynamoDB. Reading import files is list-import's.
     */
    @Test
    void theListsEntriesNamesAndSearchUseNoSdkNoLambdaNoHttpAndNoImportCode() {
        noClasses().that().resideInAnyPackage("org.nkpetition.list.entry..", "org.nkpetition.list.names..",
                        "org.nkpetition.list.search..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..", "com.amazonaws.services.lambda..",
                        "org.nkpetition.web..", "org.nkpetition.http..", "org.nkpetition.aws..", "org.nkpetition.storage..",
                        "org.nkpetition.list.store..", "org.nkpetition.list.importing..", "com.fasterxml.jackson.dataformat..")
                .check(ModuleClasses.of(List.of(ModuleClasses.ROOT.resolve("modules/the-list"))));
    }
}
