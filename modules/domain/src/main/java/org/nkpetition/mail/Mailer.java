package org.nkpetition.mail;

/** Sends email: SES in AWS, files in an outbox directory on a developer's machine. */
public interface Mailer {
    void send(EmailMessage message);
}
