package org.nkpetition.mail;

/**
 * Why an email was not handed to the mail service, in words safe to store and log: a fixed reason
 * code, never the service's message (which may quote the address).
 */
public final class MailFailure extends RuntimeException {
    /** What the mailer should do about it. */
    public enum Kind {
        /** Over the sending rate: try again later, more slowly. */
        THROTTLED,
        /** Anything that may pass on another attempt: network, timeouts, 5xx. */
        TRANSIENT,
        /** Will never be accepted as it is (refused address or content): dead-letter it at once. */
        REJECTED
    }

    private final Kind kind;
    private final String reason;

    public MailFailure(Kind kind, String reason) {
        super(kind + ": " + reason, null, false, false);
        this.kind = kind;
        this.reason = reason;
    }

    public Kind kind() {
        return kind;
    }

    /** A short code such as {@code ses:TooManyRequestsException} or {@code network:SdkClientException}. */
    public String reason() {
        return reason;
    }
}
