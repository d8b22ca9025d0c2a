package org.nkpetition.list.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Which generation of THE LIST is published. Each import writes a complete new generation and
 * then switches this one record to it, so readers see the old list or the new one, never a mix.
 *
 * @param publishCount counts publications, for people: "version 7"
 * @param contentHash identifies the entries' content, so importing the same list again changes nothing
 * @param previousGeneration kept for readers still loading it; removed by the next import
 */
public record ListVersion(String generation, long publishCount, String contentHash, int entryCount, Instant publishedAt,
        Optional<String> previousGeneration) {
}
