package org.nkpetition.mail;

import java.util.Map;

/** One email, ready to send: plain text and HTML alternatives of the same words, and any extra headers. */
public record EmailMessage(String to, String subject, String text, String html, Map<String, String> headers) {
    public EmailMessage {
        headers = Map.copyOf(headers);
    }

    public EmailMessage(String to, String subject, String text, String html) {
        this(to, subject, text, html, Map.of());
    }

    @Override
    public String toString() {
        return "EmailMessage[redacted]";
    }
}
