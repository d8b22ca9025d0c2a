package org.nkpetition.list.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.nkpetition.list.entry.EntryJson;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.store.ListStore;
import org.nkpetition.list.store.ListVersion;

/**
 * Publishes checked entries as the new THE LIST: merged into the published list (or replacing
 * it), written as a complete new generation, then switched to in one conditional write. Readers
 * never see half an import, a failed import leaves the published list as it was, and importing
 * the same entries again writes nothing.
 *
 * <p>Entries without consent are never written: an entry without consent in the file removes that
 * person from the published list if they were on it.
 */
public final class ListPublisher {
    /** An import silent for this long has died; another may take over and clean up after it. */
    static final Duration STALE_IMPORT = Duration.ofMinutes(15);
    private static final DateTimeFormatter GENERATION_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What an import changed. {@code version} is empty only when nothing was ever published. */
    public record Outcome(boolean changed, Optional<ListVersion> version, int added, int updated, int removed,
            int unchanged, int withheld) {
        public int published() {
            return added + updated + unchanged;
        }
    }

    private final ListStore store;
    private final Clock clock;

    public ListPublisher(ListStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param entries checked entries from one file, ids unique
     * @param replace whether people on the published list but absent from the file are removed
     */
    public Outcome publish(List<ListEntry> entries, boolean replace, ListStore.Progress progress) {
        Optional<ListVersion> current = store.published();
        Map<String, ListEntry> published = new TreeMap<>();
        current.ifPresent(version -> store.entries(version.generation()).forEach(e -> published.put(e.id(), e)));

        Set<String> withheld = entries.stream().filter(e -> !e.consent()).map(ListEntry::id).collect(Collectors.toSet());
        Map<String, ListEntry> next = new TreeMap<>(replace ? Map.of() : published);
        next.keySet().removeAll(withheld);
        entries.stream().filter(ListEntry::consent).forEach(e -> next.put(e.id(), e));

        Map<String, String> publishedJson = new TreeMap<>();
        published.forEach((id, e) -> publishedJson.put(id, EntryJson.writeString(e)));
        List<String> nextJson = new ArrayList<>();
        int added = 0;
        int updated = 0;
        for (ListEntry entry : next.values()) {
            String json = EntryJson.writeString(entry);
            nextJson.add(json);
            String before = publishedJson.get(entry.id());
            if (before == null) {
                added++;
            } else if (!before.equals(json)) {
                updated++;
            }
        }
        int removed = (int) published.keySet().stream().filter(id -> !next.containsKey(id)).count();
        int unchanged = next.size() - added - updated;
        String hash = contentHash(nextJson);
        if (current.isPresent() && current.get().contentHash().equals(hash)) {
            return new Outcome(false, current, 0, 0, 0, unchanged, withheld.size());
        }

        ListVersion version = write(new ArrayList<>(next.values()), hash, progress);
        current.flatMap(ListVersion::previousGeneration).ifPresent(old -> store.delete(old, ListStore.Progress.NONE));
        return new Outcome(true, Optional.of(version), added, updated, removed, unchanged, withheld.size());
    }

    private ListVersion write(List<ListEntry> entries, String hash, ListStore.Progress progress) {
        Instant now = clock.instant();
        String generation = GENERATION_TIME.format(now) + "-" + HexFormat.of().formatHex(randomBytes());
        store.reserve(generation, now, now.minus(STALE_IMPORT)).ifPresent(dead -> store.delete(dead, ListStore.Progress.NONE));
        try {
            store.write(generation, entries, progress);
            return store.publish(generation, hash, entries.size(), clock.instant());
        } catch (RuntimeException e) {
            try {
                store.delete(generation, ListStore.Progress.NONE);
                store.release(generation);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** SHA-256 over the entries' JSON in id order: equal lists, equal hashes. */
    static String contentHash(List<String> entriesJson) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String json : entriesJson) {
                digest.update(json.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
