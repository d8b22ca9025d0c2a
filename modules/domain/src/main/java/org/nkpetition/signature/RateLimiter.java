package org.nkpetition.signature;

import java.time.Instant;

/** Bounds how often one client may sign, per hour, without ever storing who the client is. */
public interface RateLimiter {
    /** Counts one more attempt for the (already hashed) client key; false once over the limit. */
    boolean allow(String clientKey, Instant now);
}
