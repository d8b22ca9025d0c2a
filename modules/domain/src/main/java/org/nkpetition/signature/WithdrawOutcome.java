package org.nkpetition.signature;

/** What a withdrawal link led to. */
public sealed interface WithdrawOutcome {
    /** The signature is gone: withdrawn now, or already before (repeating is harmless). */
    record Withdrawn(String petitionId, boolean justNow) implements WithdrawOutcome {
    }

    /** No such link. */
    record Invalid() implements WithdrawOutcome {
    }
}
