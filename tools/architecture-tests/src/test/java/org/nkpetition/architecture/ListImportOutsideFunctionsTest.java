package org.nkpetition.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Importing THE LIST (modules/list-import, with jackson-dataformat-csv) is for bin/admin and bin/dev:
 * no function calls it or ships it (issue 10; docs/adr/0110). Checked on the classes and on the
 * poms' compile dependencies (a test-scope dependency, for seeding moto, is fine).
 */
class ListImportOutsideFunctionsTest {
    @Test
    void noFunctionClassUsesTheImportCode() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.nkpetition.list.importing..",
                        "com.fasterxml.jackson.dataformat.csv..")
                .check(ModuleClasses.of(ModuleClasses.modulesUnder("functions")));
    }

    @Test
    void noFunctionPomShipsTheImportModuleOrTheCsvLibrary() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path module : ModuleClasses.modulesUnder("functions")) {
            String pom = Files.readString(module.resolve("pom.xml"));
            for (String dependency : pom.split("<dependency>")) {
                boolean shipped = !dependency.contains("<scope>test</scope>");
                for (String artifact : List.of("list-import", "jackson-dataformat-csv")) {
                    if (shipped && dependency.contains("<artifactId>" + artifact + "</artifactId>")) {
                        found.add(module.getFileName() + " -> " + artifact);
                    }
                }
            }
        }
        assertEquals(List.of(), found, "function poms shipping the list import code");
    }
}
