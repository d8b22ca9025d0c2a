package org.nkpetition.list.lookup;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.nkpetition.list.search.ListIndex;
import org.nkpetition.list.store.ListStore;
import org.nkpetition.list.store.ListVersion;
import org.nkpetition.domain.StoreBusyException;

/**
 * The container's copy of THE LIST: loaded on first use, then kept. At most every
 * {@code checkEvery} it reads the version record (one small read) and, when a new list has been
 * published, loads and indexes that one; so an import reaches every container within that time
 * and without a redeploy.
 */
public final class ListIndexCache {
    private record Snapshot(String generation, ListIndex index, long checkedAt) {
    }

    private final ListStore store;
    private final long checkEveryNanos;
    private final LongSupplier nanoTime;
    private volatile Snapshot snapshot;

    public ListIndexCache(ListStore store, Duration checkEvery, LongSupplier nanoTime) {
        this.store = store;
        this.checkEveryNanos = checkEvery.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * The current index. If the store cannot be read, the index already held is kept (and checked
     * again later); without one the request gets a 503 rather than an empty list.
     */
    public ListIndex current() {
        Snapshot held = snapshot;
        if (held != null && nanoTime.getAsLong() - held.checkedAt < checkEveryNanos) {
            return held.index;
        }
        synchronized (this) {
            held = snapshot;
            if (held != null && nanoTime.getAsLong() - held.checkedAt < checkEveryNanos) {
                return held.index;
            }
            snapshot = refresh(held);
            return snapshot.index;
        }
    }

    /** Forget when the version was last checked: the next request checks (after a SnapStart restore). */
    public synchronized void expire() {
        Snapshot held = snapshot;
        if (held != null) {
            snapshot = new Snapshot(held.generation, held.index, nanoTime.getAsLong() - checkEveryNanos);
        }
    }

    private Snapshot refresh(Snapshot held) {
        long now = nanoTime.getAsLong();
        try {
            String generation = store.published().map(ListVersion::generation).orElse("");
            if (held != null && held.generation.equals(generation)) {
                return new Snapshot(generation, held.index, now);
            }
            ListIndex index = generation.isEmpty() ? ListIndex.empty() : ListIndex.of(store.entries(generation));
            return new Snapshot(generation, index, now);
        } catch (RuntimeException e) {
            System.out.println("{\"level\":\"WARN\",\"message\":\"THE LIST could not be refreshed\",\"error\":\""
                    + e.getClass().getName() + "\"}");
            if (held != null) {
                return new Snapshot(held.generation, held.index, now);
            }
            throw new StoreBusyException("THE LIST could not be loaded");
        }
    }
}
