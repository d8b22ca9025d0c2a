package org.nkpetition.domain;

/** The store could not complete an operation now; the client may retry (503). */
public final class StoreBusyException extends RuntimeException {
    public StoreBusyException(String message) {
        super(message);
    }
}
