package org.nkpetition.mail;

/**
 * Addresses we never email again: those that bounced for good or complained (SES bounce and
 * complaint events). Kept only as a keyed hash of the canonical address.
 */
public interface Suppressions {
    /** Nothing is suppressed: for tools and tests that send nothing for real. */
    Suppressions NONE = new Suppressions() {
        @Override
        public boolean isSuppressed(String address) {
            return false;
        }

        @Override
        public void suppress(String address, String reason) {
        }
    };

    boolean isSuppressed(String address);

    /** @param reason {@code bounce} or {@code complaint} */
    void suppress(String address, String reason);
}
