package org.nkpetition.updates;

/** Keeps sending under a rate (emails per second), so a notification stays within SES's sending quota. */
public final class Pacer {
    private final long intervalNanos;
    private long next = System.nanoTime();

    public Pacer(double perSecond) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("rate must be positive");
        }
        this.intervalNanos = (long) (1_000_000_000L / perSecond);
    }

    public void await() {
        long now = System.nanoTime();
        if (next > now) {
            try {
                Thread.sleep((next - now) / 1_000_000, (int) ((next - now) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pacing", e);
            }
        }
        next = Math.max(now, next) + intervalNanos;
    }
}
