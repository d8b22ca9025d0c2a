package org.nkpetition.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's own production classes, read from each module's {@code target/classes} (built
 * before this module: its pom depends on all of them), so that a class is attributed to the
 * module whose sources hold it, not to a shaded jar that bundles it.
 */
final class ModuleClasses {
    static final Path ROOT = Path.of(System.getProperty("project.root", "../..")).toAbsolutePath().normalize();

    private ModuleClasses() {
    }

    /** The module folders (relative to the project root) whose pom.xml lies under {@code parent}: "modules", "functions", "tools". */
    static List<Path> modulesUnder(String parent) {
        if (!Files.isDirectory(ROOT.resolve(parent))) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(ROOT.resolve(parent))) {
            return children.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Production classes of the given modules (folders with a pom.xml). */
    static JavaClasses of(List<Path> modules) {
        List<Path> classes = modules.stream().map(module -> module.resolve("target/classes")).filter(Files::isDirectory).toList();
        if (classes.isEmpty()) {
            throw new IllegalStateException("no target/classes under " + modules + ": build the modules first");
        }
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPaths(classes);
    }

    /** Every module's production classes: shared, the library modules (modules/*), the functions and the tools. */
    static JavaClasses all() {
        List<Path> modules = Stream.of(List.of(ROOT.resolve("shared")), modulesUnder("modules"), modulesUnder("functions"),
                        modulesUnder("tools"))
                .flatMap(List::stream).toList();
        return of(modules);
    }
}
