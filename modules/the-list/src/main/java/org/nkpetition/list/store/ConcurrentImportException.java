package org.nkpetition.list.store;

/** Another import is publishing THE LIST at the same time; this one must wait and run again. */
public final class ConcurrentImportException extends RuntimeException {
    public ConcurrentImportException(String message) {
        super(message);
    }
}
