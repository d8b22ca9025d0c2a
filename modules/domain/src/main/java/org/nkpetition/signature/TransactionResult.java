package org.nkpetition.signature;

/** What the store reports after trying a conditional transaction (confirm, withdraw). */
public enum TransactionResult {
    /** This call changed the signature and its counts. */
    APPLIED,
    /** The signature was no longer in the state the call expected: nothing changed. */
    CONDITION_FAILED,
    /** Another transaction touched the same items at the same moment: nothing changed, try again. */
    CONFLICT
}
