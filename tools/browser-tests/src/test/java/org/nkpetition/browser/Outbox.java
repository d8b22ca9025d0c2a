package org.nkpetition.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dev server's outbox (.eml files, MIME with a base64 text/plain part) like a signer reads mail. */
final class Outbox {
    private static final Pattern TEXT_PART = Pattern.compile(
            "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--");
    private static final Pattern CONFIRM_LINK = Pattern.compile("https?://\\S+/signatures/confirm\\?token=\\S+");

    private final Path directory;

    Outbox(Path directory) {
        this.directory = directory;
    }

    /**
     * The confirmation link of the newest email to this address. Emails go through the queue and the
     * mailer (docs/adr/0040), so the email may arrive a moment after the page answered: waits up to
     * 30 s, then fails.
     */
    String confirmationLinkFor(String address) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        do {
            List<String> texts = textsTo(address);
            for (int i = texts.size() - 1; i >= 0; i--) {
                Matcher link = CONFIRM_LINK.matcher(texts.get(i));
                if (link.find()) {
                    return link.group();
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("No confirmation email to " + address + " in " + directory);
    }

    /** The plain-text bodies of the emails to this address, oldest first (file names start with the time). */
    List<String> textsTo(String address) {
        try (var files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".eml")).sorted()
                    .map(Outbox::read)
                    .filter(mime -> mime.contains("\r\nTo: " + address + "\r\n"))
                    .map(Outbox::text)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> text(String mime) {
        Matcher part = TEXT_PART.matcher(mime);
        return part.find()
                ? Optional.of(new String(Base64.getMimeDecoder().decode(part.group(1)), StandardCharsets.UTF_8))
                : Optional.empty();
    }
}
