package org.nkpetition.updates;

/** What a notification run did: emails sent, signers skipped (already notified, opted out), failures. */
public record NotifyResult(long sent, long skipped, long failed) {
}
