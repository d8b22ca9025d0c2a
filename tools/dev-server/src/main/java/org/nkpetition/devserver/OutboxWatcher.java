package org.nkpetition.devserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the links in each email that lands in .local/outbox, so a developer can confirm a signature
 * without a mail client: each link whole (to open in a browser), and for confirm and withdraw links
 * the token on its own line and the exact curl command, ready to paste. Lives in the dev server: the
 * functions themselves never log links or tokens.
 */
final class OutboxWatcher implements Runnable {
    private static final Pattern BASE64_PART = Pattern.compile(
            "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private final Path outbox;

    OutboxWatcher(Path outbox) {
        this.outbox = outbox;
    }

    static void start(Path outbox) throws IOException {
        Files.createDirectories(outbox);
        Thread thread = new Thread(new OutboxWatcher(outbox), "outbox-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        try (WatchService watcher = outbox.getFileSystem().newWatchService()) {
            // An atomic rename into the directory is reported as a creation too.
            outbox.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            while (true) {
                WatchKey key = watcher.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    Path file = outbox.resolve((Path) event.context());
                    if (file.toString().endsWith(".eml")) {
                        announce(file);
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            System.err.println("Outbox watcher stopped: " + e.getMessage());
        }
    }

    private static void announce(Path file) throws IOException {
        String mime = Files.readString(file, StandardCharsets.UTF_8);
        Matcher part = BASE64_PART.matcher(mime);
        String text = part.find() ? new String(Base64.getMimeDecoder().decode(part.group(1)), StandardCharsets.UTF_8) : "";
        StringBuilder out = new StringBuilder("📧 Email written to " + file);
        describe(text).forEach(line -> out.append("\n   ").append(line));
        System.out.println(out);
    }

    /** POST routes that take {"token"}: what the console offers to paste for each kind of link. */
    private static final Map<String, String> TOKEN_ACTIONS = Map.of(
            "/signatures/confirm", "Confirm", "/signatures/withdraw", "Withdraw");

    /**
     * The console lines for one email's plain text: "Link: URL" for every link; after a confirm or
     * withdraw link, "Token: T" and "curl: curl -s -X POST …" with the token already in the JSON body.
     */
    static List<String> describe(String text) {
        List<String> lines = new ArrayList<>();
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            String url = link.group();
            lines.add("Link:  " + url);
            try {
                URI uri = URI.create(url);
                String action = TOKEN_ACTIONS.get(uri.getPath());
                String token = token(uri.getRawQuery());
                if (action != null && token != null) {
                    lines.add("Token: " + token);
                    lines.add(action + " with curl: curl -s -X POST '" + uri.getScheme() + "://" + uri.getRawAuthority()
                            + uri.getPath() + "' -H 'content-type: application/json' -d '{\"token\":\"" + token + "\"}'");
                }
            } catch (IllegalArgumentException notAUri) {
                // printed as it is above
            }
        }
        return lines;
    }

    /** The token parameter of a query (tokens are URL-safe: no decoding needed), or null. */
    private static String token(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("token=") && pair.length() > "token=".length()) {
                return pair.substring("token=".length());
            }
        }
        return null;
    }
}
