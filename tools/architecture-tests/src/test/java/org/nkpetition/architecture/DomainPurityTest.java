package org.nkpetition.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The domain is plain Java (DESIGN.md, issue 10): its rules can be read, and tested on in-memory
 * fakes, without the AWS SDK, the Lambda runtime, HTTP or the web pages. Adapters (the
 * {@code ..dynamodb..} packages, {@code aws}, {@code mailqueue}), the edge ({@code http}) and the
 * pages ({@code web}) depend on the domain, never the other way round.
 */
class DomainPurityTest {
    /** The domain packages under org.nkpetition, each with its sub-packages except adapters. */
    static final List<String> DOMAIN = List.of("domain", "signature", "count", "missions", "deliveries", "petition",
            "updates", "text", "email", "i18n", "links", "security");

    @Test
    void theDomainUsesNoSdkNoLambdaNoHttpAndNoPages() {
        String[] domain = DOMAIN.stream().map(name -> "org.nkpetition." + name).toArray(String[]::new);
        noClasses().that().resideInAnyPackage(domain)
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..", "com.amazonaws.services.lambda..",
                        "org.nkpetition.web..", "org.nkpetition.http..", "org.nkpetition.aws..", "org.nkpetition.storage..",
                        "org.eclipse.jetty..", "java.net.http..")
                .check(ModuleClasses.of(List.of(ModuleClasses.ROOT.resolve("shared"))));
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
