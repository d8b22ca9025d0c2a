package org.nkpetition.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the message bundles beside {@code i18n/messages_en.properties} (a folder in development and
 * tests, a jar in Lambda) and reads the three keys that describe each language. Runs once, when
 * {@link Language} is first used (at start-up, before a SnapStart snapshot).
 */
final class LanguageBundles {
    static final String FOLDER = "i18n/";
    private static final Pattern BUNDLE = Pattern.compile("messages_([a-z]{2,3})\\.properties");

    /** What a bundle says about its language. */
    record Bundle(String code, String name, int order, Set<String> countries) {
    }

    private LanguageBundles() {
    }

    static List<Bundle> discover() {
        URL english = LanguageBundles.class.getClassLoader().getResource(FOLDER + "messages_en.properties");
        if (english == null) {
            throw new IllegalStateException("No i18n/messages_en.properties on the class path");
        }
        List<Bundle> bundles = new ArrayList<>();
        for (String code : codes(english)) {
            bundles.add(read(code));
        }
        return bundles;
    }

    /** The language codes of every {@code messages_xx.properties} in the folder (or jar) holding English's. */
    static Set<String> codes(URL english) {
        Set<String> codes = new TreeSet<>();
        try {
            if ("file".equals(english.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(english.toURI()).getParent())) {
                    files.forEach(file -> match(file.getFileName().toString(), codes));
                }
            } else {
                URLConnection connection = english.openConnection();
                if (!(connection instanceof JarURLConnection jar)) {
                    throw new IllegalStateException("Cannot list the message bundles at " + english.getProtocol() + ": URLs");
                }
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    for (JarEntry entry : Collections.list(file.entries())) {
                        if (entry.getName().startsWith(FOLDER) && entry.getName().indexOf('/', FOLDER.length()) < 0) {
                            match(entry.getName().substring(FOLDER.length()), codes);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return codes;
    }

    private static void match(String fileName, Set<String> codes) {
        Matcher matcher = BUNDLE.matcher(fileName);
        if (matcher.matches()) {
            codes.add(matcher.group(1));
        }
    }

    private static Bundle read(String code) {
        Properties properties = new Properties();
        try (InputStream in = LanguageBundles.class.getClassLoader().getResourceAsStream(FOLDER + "messages_" + code + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = properties.getProperty("language_name", code).strip();
        int order;
        try {
            order = Integer.parseInt(properties.getProperty("language_order", "1000").strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("language_order of messages_" + code + ".properties is not a number", e);
        }
        Set<String> countries = new TreeSet<>();
        Arrays.stream(properties.getProperty("language_countries", "").split(",")).map(String::strip)
                .filter(country -> !country.isEmpty()).forEach(countries::add);
        return new Bundle(code, name, order, countries);
    }
}
