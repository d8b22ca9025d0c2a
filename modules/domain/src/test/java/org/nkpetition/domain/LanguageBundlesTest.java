package org.nkpetition.domain;

import static org.junit.jupiter.api.Assertions.*;

import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set of languages is the set of bundles, found the same way in a folder (tests, bin/dev) and in a jar
 * (the Lambda package): a new messages_xx.properties is a new language, with no Java to change.
 */
class LanguageBundlesTest {
    @Test
    void bundlesInAJarAreFoundLikeBundlesInAFolder(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("bundles.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"i18n/messages_en.properties", "i18n/messages_ja.properties",
                "i18n/messages_tl.properties", "i18n/readme.txt", "i18n/nested/messages_xx.properties", "other/messages_fr.properties"}) {
                out.putNextEntry(new JarEntry(name));
                out.write("language_name=x\n".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        URL english = new URL("jar:" + jar.toUri() + "!/i18n/messages_en.properties");
        assertEquals(Set.of("en", "ja", "tl"), LanguageBundles.codes(english));

        Path folder = Files.createDirectories(dir.resolve("classes/i18n"));
        for (String name : new String[] {"messages_en.properties", "messages_ko.properties", "messages.properties"}) {
            try (OutputStream out = Files.newOutputStream(folder.resolve(name))) {
                out.write("x=y\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        assertEquals(Set.of("en", "ko"), LanguageBundles.codes(folder.resolve("messages_en.properties").toUri().toURL()));
    }

    @Test
    void theShippedBundlesAreTheLanguagesInTheirOrder() {
        assertEquals(java.util.List.of("en", "ko", "es", "ja"), Language.values().stream().map(Language::code).toList());
        assertSame(Language.EN, Language.values().get(0));
    }
}
