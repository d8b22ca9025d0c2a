package org.nkpetition.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A function module never depends on another function module (issue 10): each Lambda ships only
 * what it calls, and code two functions share lives in a library module. Checked on the poms
 * (what Maven puts in each jar) and on the classes (what the code calls).
 */
class FunctionIndependenceTest {
    private static final Pattern DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>org\\.nkpetition</groupId>\\s*<artifactId>([^<]+)</artifactId>");
    private static final Pattern ARTIFACT = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>");

    @Test
    void noFunctionPomNamesAnotherFunction() throws IOException {
        Map<String, Path> functions = new TreeMap<>();
        for (Path module : ModuleClasses.modulesUnder("functions")) {
            functions.put(artifactId(module), module);
        }
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Path> function : functions.entrySet()) {
            Matcher dependency = DEPENDENCY.matcher(Files.readString(function.getValue().resolve("pom.xml")));
            while (dependency.find()) {
                if (functions.containsKey(dependency.group(1)) && !dependency.group(1).equals(function.getKey())) {
                    found.add(function.getKey() + " -> " + dependency.group(1));
                }
            }
        }
        assertEquals(List.of(), found, "function modules depending on function modules");
    }

    @Test
    void noFunctionClassUsesAnotherFunctionsClass() {
        Map<String, JavaClasses> classesOf = new TreeMap<>();
        for (Path module : ModuleClasses.modulesUnder("functions")) {
            classesOf.put(module.getFileName().toString(), ModuleClasses.of(List.of(module)));
        }
        Map<String, Set<String>> classesByFunction = new TreeMap<>();
        classesOf.forEach((function, classes) -> classesByFunction.put(function,
                classes.stream().map(JavaClass::getName).collect(Collectors.toSet())));
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, JavaClasses> module : classesOf.entrySet()) {
            String function = module.getKey();
            module.getValue().forEach(javaClass -> javaClass.getDirectDependenciesFromSelf().forEach(dependency -> {
                String target = dependency.getTargetClass().getName();
                classesByFunction.forEach((other, names) -> {
                    if (!other.equals(function) && names.contains(target)) {
                        found.add(javaClass.getName() + " (" + function + ") -> " + target + " (" + other + ")");
                    }
                });
            }));
        }
        assertEquals(List.of(), found.stream().distinct().sorted().toList());
    }

    private static String artifactId(Path module) throws IOException {
        Matcher artifact = ARTIFACT.matcher(Files.readString(module.resolve("pom.xml")));
        if (!artifact.find()) {
            throw new IllegalStateException("no artifactId in " + module.resolve("pom.xml"));
        }
        return artifact.group(1);
    }
}
