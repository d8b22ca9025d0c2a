package org.nkpetition.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each function's deployment jar (functions/X/target/function.jar, what sam build unpacks) holds every
 * class our code in it refers to. The shade plugin trims some libraries (the Lambda event classes: root
 * pom), and a class left out would fail only in AWS, at the first request that needs it.
 */
class FunctionJarsTest {

    @Test
    void everyClassOurCodeRefersToIsInTheFunctionsJar() throws IOException {
        List<String> missing = new ArrayList<>();
        List<Path> jars = ModuleClasses.modulesUnder("functions").stream()
                .map(module -> module.resolve("target/function.jar")).filter(Files::isRegularFile).toList();
        assertFalse(jars.isEmpty(), "no functions/*/target/function.jar: package the functions first");
        for (Path jar : jars) {
            JavaClasses classes = ourClasses(jar);
            Set<String> inJar = classNames(jar);
            Set<String> absent = new TreeSet<>();
            for (JavaClass ours : classes) {
                for (Dependency dependency : ours.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String name = target.getName();
                    if (!target.isPrimitive() && !isPlatform(name) && !inJar.contains(name)) {
                        absent.add(name);
                    }
                }
            }
            absent.forEach(name -> missing.add(ModuleClasses.ROOT.relativize(jar) + " lacks " + name));
        }
        assertEquals(List.of(), missing);
    }

    /** The site (pages, templates, assets) ships only in functions that render pages (issue 10). */
    @Test
    void onlyFunctionsThatRenderPagesShipTheSite() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path module : ModuleClasses.modulesUnder("functions")) {
            Path jar = module.resolve("target/function.jar");
            if (!Files.isRegularFile(jar)) {
                continue;
            }
            JavaClasses classes = ourClasses(jar);
            boolean shipsSite = classes.contain("org.nkpetition.web.PageFunction");
            boolean rendersPages = classes.stream().anyMatch(c -> !c.getName().equals("org.nkpetition.web.PageFunction")
                    && c.isAssignableTo("org.nkpetition.web.PageFunction"));
            if (shipsSite != rendersPages) {
                wrong.add(module.getFileName() + (shipsSite ? " ships the site but renders no page" : " renders pages without the site"));
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Only our classes are read (a whole jar is 5,000-9,000 classes, minutes for ArchUnit); the rest by name. */
    private static JavaClasses ourClasses(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return new ClassFileImporter().withImportOption(location -> location.contains("/org/nkpetition/"))
                    .importJar(file);
        }
    }

    private static Set<String> classNames(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(entry -> entry.getName()).filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .collect(Collectors.toSet());
        }
    }

    private static boolean isPlatform(String name) {
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.");
    }
}
