package org.nkpetition.mail;

/** One email, ready to send: plain text and HTML alternatives of the same words. */
public record EmailMessage(String to, String subject, String text, String html) {
    @Override
    public String toString() {
        return "EmailMessage[redacted]";
    }
}
