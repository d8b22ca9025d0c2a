package org.nkpetition.signature;

import org.nkpetition.domain.StoreBusyException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.nkpetition.domain.Petition;
import org.nkpetition.mail.EmailComposer;
import org.nkpetition.mail.MailJob;
import org.nkpetition.mail.MailQueue;
import org.nkpetition.mail.Mailer;
import org.nkpetition.security.KeyedHash;
import org.nkpetition.security.SecretToken;
import org.nkpetition.links.Links;

/** The signature lifecycle: sign, (re)send the confirmation, confirm exactly once. */
public final class SigningService {
    /** Confirmations, re-sends and "already signed" notes together: nobody can use us to flood an inbox. */
    public static final int MAX_EMAILS_PER_SIGNATURE = 5;
    private static final int TRANSACTION_ATTEMPTS = 8;
    /**
     * Retrying conflicting transactions stops after this long whatever the attempts left (a 503 with
     * Retry-After), so a request ends well inside the sign function's 15 s timeout.
     */
    private static final long TRANSACTION_BUDGET_NANOS = java.time.Duration.ofSeconds(4).toNanos();
    /** How long a withdrawn signature's link keeps answering "already withdrawn". */
    private static final Duration WITHDRAWN_LINK_LIFETIME = Duration.ofDays(365);

    private final SignatureStore store;
    private final MailQueue mail;
    private final KeyedHash signerHash;
    private final Duration pendingLifetime;
    private final SignaturePlaces places;

    /**
     * @param mail            where emails to signers go: the email queue (the request never waits on SES)
     * @param pendingLifetime how long an unconfirmed signature and its link live
     */
    public SigningService(SignatureStore store, MailQueue mail, KeyedHash signerHash, Duration pendingLifetime) {
        this(store, mail, signerHash, pendingLifetime, SignaturePlaces.NONE);
    }

    /**
     * @param places assigns each signature to a mission at signing and names it in the confirmation email (issue 14)
     */
    public SigningService(SignatureStore store, MailQueue mail, KeyedHash signerHash, Duration pendingLifetime,
            SignaturePlaces places) {
        this.store = store;
        this.mail = mail;
        this.signerHash = signerHash;
        this.pendingLifetime = pendingLifetime;
        this.places = places;
    }

    /**
     * Sends each email at once through the mailer instead of a queue (with the same counting as the
     * queue's mailer): for operators' tools and tests that want the email in hand.
     */
    public SigningService(SignatureStore store, Mailer mailer, EmailComposer composer, KeyedHash signerHash,
            Duration pendingLifetime) {
        this(store, new SignatureEmails(store, mailer, composer)::deliver, signerHash, pendingLifetime);
    }

    /** As above, assigning missions through {@code places}. */
    public SigningService(SignatureStore store, Mailer mailer, EmailComposer composer, KeyedHash signerHash,
            Duration pendingLifetime, SignaturePlaces places) {
        this(store, new SignatureEmails(store, mailer, composer)::deliver, signerHash, pendingLifetime, places);
    }

    /** The key that identifies a signer of one petition without keeping the address: a keyed hash of its canonical mailbox. */
    public String signerKey(String petitionId, String email) {
        return signerHash.hash(petitionId + "\n" + CanonicalEmail.of(email));
    }

    /**
     * Every key a signature by this address may be stored under: today's, and the one from before
     * the canonical mailbox (issue 12), when it differs. For erasure, which must miss nothing.
     */
    public java.util.Set<String> signerKeys(String petitionId, String email) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        keys.add(signerKey(petitionId, email));
        keys.add(signerHash.hash(petitionId + "\n" + CanonicalEmail.legacy(email)));
        return keys;
    }

    /**
     * Records the signature (or finds the earlier one) and queues the email that goes with it. The
     * outcome is for logs and tests only; callers answer every outcome alike.
     *
     * @throws RuntimeException when the store or the queue cannot be reached (a 503: the client retries,
     *                          and a retry is safe: nothing is counted until an email is handed to SES)
     */
    public SignOutcome sign(Petition petition, SignatureRequest request, Links links, Instant now) {
        String signerKey = signerKey(petition.id(), request.email());
        Instant expiresAt = now.plus(pendingLifetime);
        // Assigned once, at signing: the mission counted at confirmation and uncounted at withdrawal is this one,
        // whatever the missions file says by then (docs/adr/0061).
        Optional<String> missionId = places.missionFor(request.country(), request.region());
        StoredSignature pending = StoredSignature.pending(petition.id(), signerKey, request, missionId, now, expiresAt);
        SecretToken token = SecretToken.generate();
        TokenRecord tokenRecord = new TokenRecord(token.selector(), token.verifierHash(), petition.id(), signerKey,
                request.language(), Optional.of(expiresAt), false, TokenRecord.Purpose.SIGNATURE).boundTo(now);

        if (store.createPending(pending, tokenRecord, now)) {
            return confirmation(petition, request, links, signerKey, token, missionId, now, SignOutcome.CONFIRMATION_SENT);
        }
        Optional<StoredSignature> existing = store.find(petition.id(), signerKey);
        if (existing.isEmpty()) {
            // Removed between our two calls (expiry or withdrawal): this is a first signing after all.
            return store.createPending(pending, tokenRecord, now)
                    ? confirmation(petition, request, links, signerKey, token, missionId, now, SignOutcome.CONFIRMATION_SENT)
                    : SignOutcome.EMAIL_LIMIT_REACHED;
        }
        return switch (existing.get().status()) {
            // The re-sent link confirms the signature already there, with its first details.
            case PENDING -> store.refreshPending(pending, tokenRecord.boundTo(existing.get().createdAt()),
                    MAX_EMAILS_PER_SIGNATURE, now)
                    // The first details win (docs/adr/0043): the email names the mission stored first.
                    ? confirmation(petition, request, links, signerKey, token, existing.get().missionId(), now,
                            SignOutcome.CONFIRMATION_RESENT)
                    : SignOutcome.EMAIL_LIMIT_REACHED;
            case CONFIRMED -> alreadySigned(petition, request, links, existing.get());
        };
    }

    private SignOutcome confirmation(Petition petition, SignatureRequest request, Links links, String signerKey,
            SecretToken token, Optional<String> missionId, Instant now, SignOutcome outcome) {
        Optional<org.nkpetition.domain.Destination> destination = missionId
                .flatMap(id -> places.destination(petition.id(), id, request.language(), now));
        mail.enqueue(new MailJob(MailJob.Kind.CONFIRMATION, petition.id(), signerKey, request.language(),
                petition.text(request.language()).title(), request.email(), Optional.of(token.value()), links.baseUrl(),
                destination));
        return outcome;
    }

    private SignOutcome alreadySigned(Petition petition, SignatureRequest request, Links links, StoredSignature signed) {
        // A first look only; the mailer counts the email when SES takes it, under the same limit.
        if (signed.emailsSent() >= MAX_EMAILS_PER_SIGNATURE) {
            return SignOutcome.EMAIL_LIMIT_REACHED;
        }
        mail.enqueue(new MailJob(MailJob.Kind.ALREADY_SIGNED, petition.id(), signed.signerKey(), request.language(),
                petition.text(request.language()).title(), request.email(), Optional.empty(), links.baseUrl()));
        return SignOutcome.ALREADY_SIGNED_NOTE_SENT;
    }

    /** Looks at a confirmation link without acting on it: a GET must never confirm (mail scanners follow links). */
    public TokenCheck check(String tokenText, Instant now) {
        Optional<TokenRecord> record = findToken(tokenText);
        if (record.isEmpty()) {
            return new TokenCheck.Invalid();
        }
        TokenRecord token = record.get();
        if (token.withdrawn()) {
            return new TokenCheck.Withdrawn(token.petitionId(), token.language());
        }
        Optional<StoredSignature> signature = store.find(token.petitionId(), token.signerKey());
        boolean live = signature.isPresent() && token.isFor(signature.get());
        if (live && signature.get().status() == SignatureStatus.CONFIRMED) {
            // Counted: the link still withdraws it, even once its confirming days are over; saying
            // "withdrawn" here would tell the signer a falsehood.
            return new TokenCheck.AlreadyConfirmed(token.petitionId(), token.language());
        }
        if (!live || token.isExpired(now) || signature.get().isExpired(now)) {
            return new TokenCheck.Expired(Optional.of(token.language()));
        }
        StoredSignature pending = signature.get();
        return new TokenCheck.Pending(token.petitionId(), token.language(), Optional.ofNullable(pending.name()).flatMap(pending.displayName()::render),
                pending.displayName(), pending.country());
    }

    /** Confirms exactly once: repeating it (or racing it) is harmless and counts nothing more. */
    public ConfirmOutcome confirm(String tokenText, Instant now) {
        Optional<TokenRecord> record = findToken(tokenText);
        if (record.isEmpty()) {
            return new ConfirmOutcome.Invalid();
        }
        TokenRecord token = record.get();
        if (token.withdrawn() || token.isExpired(now)) {
            return new ConfirmOutcome.Expired();
        }
        long started = System.nanoTime();
        for (int attempt = 0; attempt < TRANSACTION_ATTEMPTS && System.nanoTime() - started < TRANSACTION_BUDGET_NANOS; attempt++) {
            Optional<StoredSignature> signature = store.find(token.petitionId(), token.signerKey());
            if (signature.isEmpty() || signature.get().isExpired(now) || !token.isFor(signature.get())) {
                // A link of a signature withdrawn (or expired) since never acts on a later one.
                return new ConfirmOutcome.Expired();
            }
            if (signature.get().status() == SignatureStatus.CONFIRMED) {
                return new ConfirmOutcome.Confirmed(token.petitionId(), false, signature.get().missionId());
            }
            TransactionResult result = store.confirm(signature.get(), token, now);
            if (result == TransactionResult.APPLIED) {
                return new ConfirmOutcome.Confirmed(token.petitionId(), true, signature.get().missionId());
            }
            if (result == TransactionResult.RACED) {
                pause(attempt);
            }
        }
        // Out of attempts or time, often because a racing request confirmed it meanwhile: then
        // this link has done its work, and saying "busy" would only send the signer back.
        Optional<StoredSignature> latest = store.find(token.petitionId(), token.signerKey()).filter(token::isFor)
                .filter(signature -> signature.status() == SignatureStatus.CONFIRMED);
        if (latest.isPresent()) {
            return new ConfirmOutcome.Confirmed(token.petitionId(), false, latest.get().missionId());
        }
        throw new StoreBusyException("Confirmation kept conflicting with concurrent transactions");
    }

    /**
     * Withdraws with the link from the confirmation email: the signature and every personal detail
     * in it are deleted and, if it was counted, it leaves the counts in the same transaction.
     * Idempotent: a second withdrawal (or a race of them) changes nothing more.
     */
    public WithdrawOutcome withdraw(String tokenText, Instant now) {
        Optional<TokenRecord> record = findToken(tokenText);
        if (record.isEmpty()) {
            return new WithdrawOutcome.Invalid();
        }
        TokenRecord token = record.get();
        if (token.withdrawn()) {
            return new WithdrawOutcome.Withdrawn(token.petitionId(), false);
        }
        long started = System.nanoTime();
        for (int attempt = 0; attempt < TRANSACTION_ATTEMPTS && System.nanoTime() - started < TRANSACTION_BUDGET_NANOS; attempt++) {
            Optional<StoredSignature> signature = store.find(token.petitionId(), token.signerKey());
            if (signature.isEmpty() || !token.isFor(signature.get())) {
                // Expired unconfirmed, erased, or withdrawn by a concurrent request: nothing left to
                // remove. A later signature by the same address is not this link's to withdraw.
                return new WithdrawOutcome.Withdrawn(token.petitionId(), false);
            }
            TransactionResult result = store.withdraw(signature.get(), token, now, now.plus(WITHDRAWN_LINK_LIFETIME));
            if (result == TransactionResult.APPLIED) {
                return new WithdrawOutcome.Withdrawn(token.petitionId(), true);
            }
            if (result == TransactionResult.RACED) {
                pause(attempt);
            }
        }
        throw new StoreBusyException("Withdrawal kept conflicting with concurrent transactions");
    }

    private Optional<TokenRecord> findToken(String tokenText) {
        Optional<SecretToken> token = SecretToken.parse(tokenText);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<TokenRecord> record = store.findToken(token.get().selector());
        return record.filter(r -> r.purpose() == TokenRecord.Purpose.SIGNATURE && token.get().matches(r.verifierHash()));
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 20 * (attempt + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreBusyException("Interrupted");
        }
    }
}
