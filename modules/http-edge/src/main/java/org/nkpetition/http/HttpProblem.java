package org.nkpetition.http;

import java.util.Map;
import org.nkpetition.i18n.Message;

/** A request the API refuses: a 4xx status, a stable code, and words for the client in its language. */
public final class HttpProblem extends RuntimeException {
    private final int status;
    private final String code;
    private final Message message;
    private final Map<String, Message> fields;
    private final java.util.OptionalLong retryAfterSeconds;

    public HttpProblem(int status, String code, Message message) {
        this(status, code, message, Map.of());
    }

    public HttpProblem(int status, String code, Message message, Map<String, Message> fields) {
        this(status, code, message, fields, java.util.OptionalLong.empty());
    }

    private HttpProblem(int status, String code, Message message, Map<String, Message> fields,
            java.util.OptionalLong retryAfterSeconds) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.message = message;
        this.fields = Map.copyOf(fields);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The same refusal, telling the client when to try again (RFC 9110 Retry-After; for 429 and 503). */
    public HttpProblem retryAfter(long seconds) {
        return new HttpProblem(status, code, message, fields, java.util.OptionalLong.of(Math.max(1, seconds)));
    }

    public java.util.OptionalLong retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Message message() {
        return message;
    }

    public Map<String, Message> fields() {
        return fields;
    }
}
