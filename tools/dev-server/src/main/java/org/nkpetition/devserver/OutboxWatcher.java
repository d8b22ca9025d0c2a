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
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the link in each email that lands in .local/outbox, so a developer can confirm a signature
 * without a mail client. Lives in the dev server: the functions themselves never log links or tokens.
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
        Matcher link = LINK.matcher(text);
        System.out.println("📧 Email written to " + file + (link.find() ? "\n   Link: " + link.group() : ""));
    }
}
