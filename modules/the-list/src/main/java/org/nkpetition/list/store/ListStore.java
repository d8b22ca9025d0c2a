package org.nkpetition.list.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.nkpetition.list.entry.ListEntry;

/** Where THE LIST is kept: generations of entries, and which one is published. */
public interface ListStore {
    /** Told how far a long write or delete has got. */
    interface Progress {
        Progress NONE = (done, total) -> {
        };

        void advanced(int done, int total);
    }

    /** The published version; empty before the first import. */
    Optional<ListVersion> published();

    /** Every entry of a generation, in id order. Stored items that no longer pass the checks are skipped. */
    List<ListEntry> entries(String generation);

    /**
     * Reserves the right to publish the given new generation: refused while another import is
     * writing (unless it has been silent for so long that it must have died, before {@code staleBefore}).
     *
     * @return the generation of a dead import this one displaced, whose leftovers the caller removes
     * @throws ConcurrentImportException when another import is in progress
     */
    Optional<String> reserve(String generation, Instant now, Instant staleBefore);

    void write(String generation, List<ListEntry> entries, Progress progress);

    /**
     * Publishes a reserved generation.
     *
     * @throws ConcurrentImportException when the reservation was lost to another import
     */
    ListVersion publish(String generation, String contentHash, int entryCount, Instant now);

    /** Gives up a reservation (after a failed write), if it is still ours. */
    void release(String generation);

    void delete(String generation, Progress progress);
}
