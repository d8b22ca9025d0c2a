package org.nkpetition.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages' stylesheet and script ({@code assets/} on the classpath), served by the count function
 * at {@code GET /assets/{name}} under names that carry a hash of their content
 * ("petition.3f9a0c1d2e.css"). A new deploy changes the name, so browsers may cache each file for a
 * year. The plain name ("petition.css") or another version's name serves the current version with a
 * short cache: sample events use the plain name, and during a deploy a page from one function's new
 * version may ask another function's old version for a name it does not know yet. Nothing else is
 * served (see docs/adr/0301).
 */
public final class Assets {
    /** One file: its source name, versioned name, media type and content. */
    public record Asset(String source, String name, String contentType, String body) {
    }

    /** A requested file and how long it may be cached. */
    public record Served(Asset asset, String cacheControl) {
    }

    public static final String STYLESHEET = "petition.css";
    public static final String SCRIPT = "petition.js";
    /** Versioned names change with their content, so a cached copy never goes stale. */
    static final String VERSIONED_CACHE_CONTROL = "public, max-age=31536000, immutable";
    static final String OTHER_CACHE_CONTROL = "public, max-age=60";
    private static final Pattern VERSIONED = Pattern.compile("([a-z]+)\\.[0-9a-f]{10}\\.([a-z]+)");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8");
    /** Source name → asset; loaded once per container (and so part of the SnapStart snapshot). */
    private static final Map<String, Asset> BY_SOURCE = load(List.of(STYLESHEET, SCRIPT));

    private Assets() {
    }

    /** The URL path of a source file's current version, for pages to link to. */
    public static String path(String sourceName) {
        Asset asset = BY_SOURCE.get(sourceName);
        if (asset == null) {
            throw new IllegalArgumentException("No asset " + sourceName);
        }
        return "/assets/" + asset.name();
    }

    /** The asset a request names: by its current, another or no version; empty for anything else (paths, other files). */
    public static Optional<Served> find(String requested) {
        for (Asset asset : BY_SOURCE.values()) {
            if (asset.name().equals(requested)) {
                return Optional.of(new Served(asset, VERSIONED_CACHE_CONTROL));
            }
        }
        Matcher versioned = VERSIONED.matcher(requested);
        String source = versioned.matches() ? versioned.group(1) + "." + versioned.group(2) : requested;
        return Optional.ofNullable(BY_SOURCE.get(source)).map(asset -> new Served(asset, OTHER_CACHE_CONTROL));
    }

    private static Map<String, Asset> load(List<String> sourceNames) {
        Map<String, Asset> assets = new LinkedHashMap<>();
        for (String source : sourceNames) {
            byte[] bytes = read("assets/" + source);
            int dot = source.lastIndexOf('.');
            String extension = source.substring(dot + 1);
            String name = source.substring(0, dot) + "." + hash(bytes) + "." + extension;
            assets.put(source, new Asset(source, name, TYPES.get(extension), new String(bytes, StandardCharsets.UTF_8)));
        }
        return Map.copyOf(assets);
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
