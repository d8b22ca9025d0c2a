package org.nkpetition.signature;

/** What the store reports after trying the confirmation transaction. */
public enum ConfirmResult {
    /** This call moved the signature from pending to confirmed and counted it. */
    CONFIRMED,
    /** The signature was no longer pending (already confirmed, withdrawn or expired): nothing changed. */
    NOT_PENDING,
    /** Another transaction touched the same items at the same moment: nothing changed, try again. */
    CONFLICT
}
