package org.nkpetition.security;

/**
 * A secret could not be read and none was read before: the request cannot be served now (503 with
 * Retry-After for HTTP functions). Carries no secret and no message from the source.
 */
public final class SecretUnavailableException extends RuntimeException {
    public SecretUnavailableException(Throwable cause) {
        super("A secret could not be read (" + cause.getClass().getName() + ")", null, false, false);
    }
}
