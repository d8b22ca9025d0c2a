package org.nkpetition.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A secret kept in memory, read from its source (Secrets Manager in AWS) at start-up and again when
 * it is older than {@code maxAge} or after {@link #forget()} (before a SnapStart snapshot, so the
 * snapshot holds no secret). A rotated secret therefore reaches every container within
 * {@code maxAge} without a redeploy.
 *
 * <p>Errors: {@link #get()} throws {@link SecretUnavailableException} (a 503 for HTTP functions)
 * only when no value was ever read; a failed refresh keeps serving the value it has and retries
 * after {@link #RETRY_AFTER}, so a Secrets Manager outage does not take the site down.
 */
public final class RefreshingSecret implements Supplier<String> {
    /** How long a value is used before it is read again (docs/adr/0050). */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(15);
    /** After a failed refresh, how long the old value serves before the next attempt. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final Supplier<String> source;
    private final Duration maxAge;
    private final Clock clock;
    private String value;
    private Instant nextRead = Instant.MIN;

    public RefreshingSecret(Supplier<String> source, Duration maxAge, Clock clock) {
        this.source = Objects.requireNonNull(source);
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** A value that never changes: local runs and tests, where the key is not a secret. */
    public static RefreshingSecret constant(String value) {
        RefreshingSecret secret = new RefreshingSecret(() -> value, Duration.ofDays(36500), Clock.systemUTC());
        secret.get();
        return secret;
    }

    @Override
    public synchronized String get() {
        Instant now = clock.instant();
        if (value == null || !now.isBefore(nextRead)) {
            read(now);
        }
        return value;
    }

    /** Tries a first read now (start-up); a failure is left for the first request to report. */
    public RefreshingSecret preload() {
        try {
            get();
        } catch (SecretUnavailableException notYet) {
            // the first request retries, and answers 503 if it still fails
        }
        return this;
    }

    /** Drops the value: the next {@link #get()} reads it again (before a snapshot; after a restore). */
    public synchronized void forget() {
        value = null;
        nextRead = Instant.MIN;
    }

    private void read(Instant now) {
        String fresh;
        try {
            fresh = source.get();
        } catch (RuntimeException failed) {
            if (value == null) {
                throw new SecretUnavailableException(failed);
            }
            nextRead = now.plus(RETRY_AFTER);
            System.out.println("{\"level\":\"WARN\",\"event\":\"secret-refresh-failed\",\"error\":\""
                    + failed.getClass().getName() + "\"}");
            return;
        }
        if (fresh == null || fresh.isBlank()) {
            if (value == null) {
                throw new SecretUnavailableException(new IllegalStateException("The secret is empty"));
            }
            nextRead = now.plus(RETRY_AFTER);
            return;
        }
        value = fresh;
        nextRead = now.plus(maxAge);
    }
}
