package org.nkpetition.security;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Read once, kept, refreshed on schedule and after forget(); an outage never loses a value it has. */
class RefreshingSecretTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final List<String> values = new ArrayList<>(List.of("first-value"));
    private int reads;
    private boolean down;
    private final Supplier<String> source = () -> {
        reads++;
        if (down) {
            throw new IllegalStateException("Secrets Manager unreachable");
        }
        return values.get(values.size() - 1);
    };
    private final RefreshingSecret secret = new RefreshingSecret(source, Duration.ofMinutes(15), clock);

    @Test
    void readsOnceAndKeepsTheValueUntilItIsOld() {
        assertEquals("first-value", secret.get());
        values.add("rotated-value");
        clock.advance(Duration.ofMinutes(14));
        assertEquals("first-value", secret.get(), "kept in memory");
        assertEquals(1, reads);
        clock.advance(Duration.ofMinutes(1));
        assertEquals("rotated-value", secret.get(), "read again after 15 minutes: a rotation arrives without a redeploy");
        assertEquals(2, reads);
    }

    @Test
    void forgetDropsTheValueSoASnapshotHoldsNoneAndARestoreReadsAgain() {
        secret.get();
        values.add("after-restore");
        secret.forget();
        assertEquals("after-restore", secret.get());
    }

    @Test
    void anOutageKeepsTheValueItHasAndRetriesLater() {
        secret.get();
        down = true;
        clock.advance(Duration.ofMinutes(20));
        assertEquals("first-value", secret.get(), "stale beats down");
        int afterFailure = reads;
        clock.advance(Duration.ofSeconds(10));
        assertEquals("first-value", secret.get());
        assertEquals(afterFailure, reads, "no hammering: the next try waits " + RefreshingSecret.RETRY_AFTER);
        down = false;
        values.add("back");
        clock.advance(RefreshingSecret.RETRY_AFTER);
        assertEquals("back", secret.get());
    }

    @Test
    void withNoValueEverReadAFailureIsSecretUnavailableWithoutTheSourcesMessage() {
        down = true;
        SecretUnavailableException unavailable = assertThrows(SecretUnavailableException.class, secret::get);
        assertFalse(unavailable.getMessage().contains("unreachable"), unavailable.getMessage());
        assertSame(secret, secret.preload(), "start-up tolerates it; the first request reports it");
        down = false;
        assertEquals("first-value", secret.get(), "and the next request tries again");
    }

    @Test
    void aKeyedHashUsesTheCurrentValue() {
        values.set(0, "k".repeat(40));
        KeyedHash hash = new KeyedHash(secret);
        String before = hash.hash("minji@example.org");
        assertEquals(before, new KeyedHash("k".repeat(40)).hash("minji@example.org"));
        down = true;
        secret.forget();
        assertThrows(SecretUnavailableException.class, () -> hash.hash("minji@example.org"));
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
