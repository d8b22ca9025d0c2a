package org.nkpetition.signature;

/** What a confirmation link led to. */
public sealed interface ConfirmOutcome {
    /**
     * The signature was confirmed now, or had been already: either way the signer is counted; {@code missionId} is
     * the mission it goes to (empty when its country has none).
     */
    record Confirmed(String petitionId, boolean justNow, java.util.Optional<String> missionId) implements ConfirmOutcome {
        public Confirmed {
            missionId = missionId == null ? java.util.Optional.empty() : missionId;
        }

        /** Without the mission the signature was assigned to. */
        public Confirmed(String petitionId, boolean justNow) {
            this(petitionId, justNow, java.util.Optional.empty());
        }
    }

    /** The link was valid but the signature can no longer be confirmed (expired or withdrawn). */
    record Expired() implements ConfirmOutcome {
    }

    /** No such link. */
    record Invalid() implements ConfirmOutcome {
    }
}
