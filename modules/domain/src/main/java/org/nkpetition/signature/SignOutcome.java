package org.nkpetition.signature;

/**
 * What signing did. Callers answer every outcome the same way, so a response never reveals
 * whether an address had signed before; the distinction is for logs and tests.
 */
public enum SignOutcome {
    CONFIRMATION_SENT,
    CONFIRMATION_RESENT,
    ALREADY_SIGNED_NOTE_SENT,
    EMAIL_LIMIT_REACHED
}
