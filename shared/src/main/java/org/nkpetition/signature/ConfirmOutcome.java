package org.nkpetition.signature;

/** What a confirmation link led to. */
public sealed interface ConfirmOutcome {
    /** The signature was confirmed now, or had been already: either way the signer is counted. */
    record Confirmed(String petitionId, boolean justNow) implements ConfirmOutcome {
    }

    /** The link was valid but the signature can no longer be confirmed (expired or withdrawn). */
    record Expired() implements ConfirmOutcome {
    }

    /** No such link. */
    record Invalid() implements ConfirmOutcome {
    }
}
