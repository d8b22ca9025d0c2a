package org.nkpetition.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the checkout's root (where template.yaml is), from -Dproject.root or the working directory up. */
public final class ProjectFiles {
    private ProjectFiles() {
    }

    public static Path root() {
        String configured = System.getProperty("project.root");
        if (configured != null && Files.exists(Path.of(configured, "template.yaml"))) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("template.yaml")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find template.yaml above " + Path.of("").toAbsolutePath());
    }

    public static Path template() {
        return root().resolve("template.yaml");
    }
}
