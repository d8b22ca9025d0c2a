package org.nkpetition.templates;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mustache templates from {@code templates/} on the classpath, compiled once. Names ending in
 * ".html" escape every {{value}} for HTML (hostile names and comments render as text);
 * ".txt" templates are for plain-text email and do not.
 */
public final class Templates {
    private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();
    private static final Mustache.TemplateLoader LOADER = Templates::open;
    /** Every attribute in our templates is quoted, so these five characters are all that need escaping. */
    private static final Mustache.Escaper HTML_ESCAPER = Escapers.simple(new String[][] {
        {"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}, {"'", "&#39;"}});
    private static final Mustache.Compiler HTML = Mustache.compiler().escapeHTML(true).withEscaper(HTML_ESCAPER)
            .withLoader(LOADER)
            .defaultValue("").zeroIsFalse(true).emptyStringIsFalse(true);
    private static final Mustache.Compiler TEXT = HTML.escapeHTML(false);

    private Templates() {
    }

    public static String render(String name, Object context) {
        return CACHE.computeIfAbsent(name, Templates::compile).execute(context);
    }

    private static Template compile(String name) {
        Mustache.Compiler compiler = name.endsWith(".txt") ? TEXT : HTML;
        try (Reader reader = open(name)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader open(String name) {
        String path = "templates/" + name + (name.contains(".") ? "" : ".html") + ".mustache";
        InputStream stream = Templates.class.getClassLoader().getResourceAsStream(path);
        if (stream == null) {
            throw new IllegalArgumentException("No template " + path);
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }
}
