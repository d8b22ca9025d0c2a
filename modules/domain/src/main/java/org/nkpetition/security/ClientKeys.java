package org.nkpetition.security;

import java.time.Duration;
import java.time.Instant;

/**
 * A key for a request's source IP that is useless outside its hour: HMAC(secret, ip + hour). The
 * raw IP is never stored, and keys from different hours cannot be linked to each other.
 */
public final class ClientKeys {
    public static final Duration WINDOW = Duration.ofHours(1);
    private final KeyedHash hash;

    public ClientKeys(KeyedHash hash) {
        this.hash = hash;
    }

    public String forIp(String ip, Instant now) {
        return hash.hash("ip\n" + ip + "\n" + windowStart(now).getEpochSecond());
    }

    public static Instant windowStart(Instant now) {
        long seconds = WINDOW.toSeconds();
        return Instant.ofEpochSecond(now.getEpochSecond() / seconds * seconds);
    }
}
