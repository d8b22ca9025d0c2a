package org.nkpetition.list.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.nkpetition.list.store.ListStore;

/**
 * Imports a list file: reads and checks every row, and only if all are valid publishes them. Used
 * by {@code bin/admin list import} and by {@code bin/dev} to seed the demo list.
 */
public final class ListImport {
    /** The file as read, and what publishing it changed (empty when the file had errors). */
    public record Report(ParsedList file, Optional<ListPublisher.Outcome> outcome) {
        public boolean imported() {
            return outcome.isPresent();
        }
    }

    private final ListStore store;
    private final Clock clock;

    public ListImport(ListStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Report run(Path file, boolean replace, ListStore.Progress progress) throws IOException {
        ParsedList parsed = ListFiles.read(file);
        if (!parsed.valid()) {
            return new Report(parsed, Optional.empty());
        }
        return new Report(parsed, Optional.of(new ListPublisher(store, clock).publish(parsed.entries(), replace, progress)));
    }
}
