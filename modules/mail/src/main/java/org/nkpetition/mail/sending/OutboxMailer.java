package org.nkpetition.mail.sending;

import org.nkpetition.mail.EmailMessage;
import org.nkpetition.mail.Mailer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

/**
 * For a developer's machine: writes each email as an .eml file (MIME, text and HTML alternatives)
 * into an outbox directory, where any mail client can open it.
 */
public final class OutboxMailer implements Mailer {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private final Path outbox;
    private final String sender;

    public OutboxMailer(Path outbox, String sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    @Override
    public void send(EmailMessage email) {
        String boundary = "=_" + UUID.randomUUID();
        String mime = "From: " + sender + "\r\n"
                + "To: " + email.to() + "\r\n"
                + "Subject: " + encodedWord(email.subject()) + "\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC)) + "\r\n"
                + extraHeaders(email)
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n"
                + part(boundary, "text/plain", email.text())
                + part(boundary, "text/html", email.html())
                + "--" + boundary + "--\r\n";
        try {
            Files.createDirectories(outbox);
            Path file = outbox.resolve(FILE_TIME.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8) + ".eml");
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(partial, mime, StandardCharsets.UTF_8);
            // Appear whole or not at all, for whoever watches the outbox.
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String extraHeaders(EmailMessage email) {
        StringBuilder headers = new StringBuilder();
        email.headers().forEach((name, value) -> headers.append(name).append(": ").append(value).append("\r\n"));
        return headers.toString();
    }

    private static String part(String boundary, String type, String content) {
        return "--" + boundary + "\r\n"
                + "Content-Type: " + type + "; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }

    private static String encodedWord(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
