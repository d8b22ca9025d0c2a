package org.nkpetition.signature;

/**
 * What a store reports after trying a change that must see the signature as the caller last read it
 * (confirm, withdraw), in the domain's words: how a store detects it (DynamoDB's condition checks and
 * transaction conflicts) is the adapter's business.
 */
public enum TransactionResult {
    /** This call changed the signature and its counts. */
    APPLIED,
    /** The signature was no longer as the caller read it (already confirmed, withdrawn, expired): nothing changed. */
    STALE,
    /** Another change to the same signature or counts happened at the same moment: nothing changed, try again. */
    RACED
}
