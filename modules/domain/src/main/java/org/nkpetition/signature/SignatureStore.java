package org.nkpetition.signature;

import java.time.Instant;
import java.util.Optional;

/** Where signatures and their link tokens are kept. Each write is atomic and conditional. */
public interface SignatureStore {

    /**
     * Stores a new pending signature and its token, unless a live signature exists for the same
     * signer (an expired pending one is replaced). Returns whether it was stored.
     */
    boolean createPending(StoredSignature signature, TokenRecord token, Instant now);

    Optional<StoredSignature> find(String petitionId, String signerKey);

    /**
     * For a signer who signs again while pending: stores a new token for the same signature and
     * extends its life to the token's, provided it is still pending and fewer than {@code maxEmails}
     * were sent. The first details win: a later request with the same address never changes what
     * an earlier link confirms (docs/adr/0043). Counts no email: the mailer does, when SES takes it.
     */
    boolean refreshPending(StoredSignature updated, TokenRecord token, int maxEmails, Instant now);

    /**
     * Counts one more email handed to the mail service for this signature, provided the signature
     * still exists and fewer than {@code maxEmails} were counted. Returns whether it was counted.
     */
    boolean countEmail(String petitionId, String signerKey, int maxEmails);

    /** Takes back an email counted by {@link #countEmail} that the mail service then did not take. */
    void uncountEmail(String petitionId, String signerKey);

    Optional<TokenRecord> findToken(String selector);

    /**
     * In one transaction, conditioned on the signature still being pending and unexpired: marks it
     * confirmed, drops what confirmation makes unnecessary, increments the counters (total and the
     * signer's country) and keeps the token for a later withdrawal.
     */
    TransactionResult confirm(StoredSignature signature, TokenRecord token, Instant now);

    /**
     * In one transaction, conditioned on the signature still being in the state given: deletes it
     * (and with it every personal detail), takes it out of the counters if it was confirmed, and
     * leaves the token as a tombstone kept until {@code keepTokenUntil}.
     */
    TransactionResult withdraw(StoredSignature signature, TokenRecord token, Instant now, Instant keepTokenUntil);

    /** Like {@link #withdraw} but leaves nothing behind: the right to erasure, run by an operator. */
    TransactionResult erase(StoredSignature signature, Instant now);

    /**
     * Strips a confirmed signature down to what the counts need (country and date): removes the
     * delivered name, city, postal code, comment and any address. Returns whether it was there.
     */
    boolean anonymise(String petitionId, String signerKey, Instant now);

    void putToken(TokenRecord token);

    /**
     * Marks a notification as sent to this signer, provided they want updates, we hold their
     * address, and it was not sent before; returns the address to send to, or empty. Marking before
     * sending makes a rerun never email anyone twice.
     */
    Optional<String> claimNotification(String petitionId, String signerKey, String notificationId);

    /** Stops updates and forgets the address. Returns whether the signature was there. */
    boolean unsubscribe(String petitionId, String signerKey);
}
