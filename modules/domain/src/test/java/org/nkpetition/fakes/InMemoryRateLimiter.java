package org.nkpetition.fakes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.nkpetition.security.ClientKeys;
import org.nkpetition.signature.RateLimiter;

/** The per-client hourly limit in memory, counted per (already hashed) key and hour window, as {@code DynamoDbRateLimiter}. */
public final class InMemoryRateLimiter implements RateLimiter {
    private final int perHour;
    private final Map<String, Integer> hits = new HashMap<>();

    public InMemoryRateLimiter(int perHour) {
        this.perHour = perHour;
    }

    @Override
    public synchronized boolean allow(String clientKey, Instant now) {
        String window = clientKey + "@" + ClientKeys.windowStart(now);
        int count = hits.getOrDefault(window, 0);
        if (count >= perHour) {
            return false;
        }
        hits.put(window, count + 1);
        return true;
    }

    /** The keys it has counted: for tests that check no raw address is kept. */
    public synchronized java.util.Set<String> keys() {
        return java.util.Set.copyOf(hits.keySet());
    }
}
