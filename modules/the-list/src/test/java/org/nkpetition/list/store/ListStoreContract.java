package org.nkpetition.list.store;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nkpetition.list.entry.EntryFields;
import org.nkpetition.list.entry.ListEntry;

/**
 * What every {@link ListStore} does (docs/adr/0103: THE LIST published as generations), stated
 * once: {@code InMemoryListStoreTest} runs it on the fake, {@code DynamoDbListStoreTest} on the
 * DynamoDB adapter against moto, so the fake the import and lookup tests use cannot drift.
 */
public abstract class ListStoreContract {
    protected static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration STALE = Duration.ofMinutes(15);

    /** A store holding nothing, fresh for each test. */
    protected abstract ListStore store();

    protected static ListEntry entry(String id, String name) {
        return EntryFields.parse(1, Map.of("id", id, "names", name, "status", "detained", "notes_ko", "메모 " + id,
                "consent", "true")).entry().orElseThrow();
    }

    private static Instant staleBefore(Instant now) {
        return now.minus(STALE);
    }

    @Test
    void nothingIsPublishedAtFirst() {
        ListStore store = store();
        assertEquals(Optional.empty(), store.published());
        assertEquals(List.of(), store.entries("never-written"));
    }

    @Test
    void aPublishedGenerationIsReadBackInIdOrder() {
        ListStore store = store();
        List<ListEntry> entries = List.of(entry("b-2", "Lee Min"), entry("a-1", "Kim Sol"), entry("c-3", "리설화"));
        assertEquals(Optional.empty(), store.reserve("g1", NOW, staleBefore(NOW)));
        store.write("g1", entries, ListStore.Progress.NONE);
        ListVersion version = store.publish("g1", "hash-1", 3, NOW);

        assertEquals(new ListVersion("g1", 1, "hash-1", 3, NOW, Optional.empty()), version);
        assertEquals(Optional.of(version), store.published());
        assertEquals(List.of(entries.get(1), entries.get(0), entries.get(2)), store.entries("g1"));
    }

    @Test
    void eachPublicationCountsAndRemembersThePreviousGeneration() {
        ListStore store = store();
        publish(store, "g1", NOW, entry("a-1", "Kim Sol"));
        ListVersion second = publish(store, "g2", NOW.plusSeconds(60), entry("a-1", "Kim Sol"), entry("a-2", "Lee Min"));
        assertEquals(2, second.publishCount());
        assertEquals(Optional.of("g1"), second.previousGeneration());
        assertEquals(Optional.of(second), store.published());
        assertEquals(1, store.entries("g1").size(), "the previous generation stays for readers still loading it");
    }

    @Test
    void aReservationBlocksAnotherImportUntilItIsStale() {
        ListStore store = store();
        store.reserve("g1", NOW, staleBefore(NOW));
        Instant soon = NOW.plus(STALE).minusSeconds(1);
        assertThrows(ConcurrentImportException.class, () -> store.reserve("g2", soon, staleBefore(soon)));

        Instant later = NOW.plus(STALE).plusSeconds(1);
        assertEquals(Optional.of("g1"), store.reserve("g2", later, staleBefore(later)), "the dead import is displaced");
        assertThrows(ConcurrentImportException.class, () -> store.publish("g1", "hash", 0, later),
                "the displaced import can no longer publish");
        assertEquals("g2", store.publish("g2", "hash", 0, later).generation());
    }

    @Test
    void onlyTheHolderReleasesAReservation() {
        ListStore store = store();
        store.reserve("g1", NOW, staleBefore(NOW));
        store.release("someone-else");
        assertThrows(ConcurrentImportException.class, () -> store.reserve("g2", NOW, staleBefore(NOW)));
        store.release("g1");
        assertEquals(Optional.empty(), store.reserve("g2", NOW, staleBefore(NOW)), "nothing displaced");
        assertThrows(ConcurrentImportException.class, () -> store.publish("g1", "hash", 0, NOW), "released: not ours any more");
    }

    @Test
    void writesAndDeletesReportProgressToTheEndAndDeleteOneGenerationOnly() {
        ListStore store = store();
        List<ListEntry> many = IntStream.range(0, 30).mapToObj(i -> entry("p-%02d".formatted(i), "Kim Sol")).toList();
        List<int[]> written = new ArrayList<>();
        store.write("g1", many, (done, total) -> written.add(new int[] {done, total}));
        store.write("g2", List.of(entry("a-1", "Kim Sol")), ListStore.Progress.NONE);
        assertArrayEquals(new int[] {30, 30}, written.get(written.size() - 1));

        List<int[]> deleted = new ArrayList<>();
        store.delete("g1", (done, total) -> deleted.add(new int[] {done, total}));
        assertArrayEquals(new int[] {30, 30}, deleted.get(deleted.size() - 1));
        assertEquals(List.of(), store.entries("g1"));
        assertEquals(1, store.entries("g2").size());
    }

    private static ListVersion publish(ListStore store, String generation, Instant now, ListEntry... entries) {
        store.reserve(generation, now, staleBefore(now));
        store.write(generation, List.of(entries), ListStore.Progress.NONE);
        return store.publish(generation, "hash-" + generation, entries.length, now);
    }
}
