package org.nkpetition.list.importing;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.store.ConcurrentImportException;
import org.nkpetition.list.store.DynamoDbListStore;
import org.nkpetition.list.store.ListStore;
import org.nkpetition.list.store.ListVersion;
import org.nkpetition.localstack.LocalStack;
import org.nkpetition.localstack.ProjectFiles;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Importing list files into the ListTable of template.yaml, in the serialized moto the tests share. */
class ListImportTest {
    private static final String HEADER = "id,names,category,status,notes_en,consent\n";
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final LocalStack stack = LocalStack.get();
    private final DynamoDbListStore store = new DynamoDbListStore(stack.dynamo(), "ListTable");
    @TempDir
    Path dir;

    @BeforeEach
    void reset() {
        stack.reset();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private ListImport.Report run(Path file, boolean replace) throws IOException {
        return new ListImport(store, Clock.fixed(NOW, ZoneOffset.UTC)).run(file, replace, ListStore.Progress.NONE);
    }

    private List<String> publishedIds() {
        return store.published().map(v -> store.entries(v.generation()).stream().map(ListEntry::id).toList()).orElse(List.of());
    }

    private List<Map<String, AttributeValue>> items() {
        return stack.dynamo().scanPaginator(b -> b.tableName("ListTable")).items().stream().toList();
    }

    @Test
    void theDemoListIsPublishedWithoutItsEntryWithoutConsent() throws IOException {
        List<int[]> progress = new ArrayList<>();
        ListImport.Report report = new ListImport(store, Clock.fixed(NOW, ZoneOffset.UTC))
                .run(ProjectFiles.root().resolve("tools/dev-server/seed/list/demo-list.csv"), false,
                        (done, total) -> progress.add(new int[] {done, total}));
        assertTrue(report.imported(), report.file().errors().toString());
        ListPublisher.Outcome outcome = report.outcome().orElseThrow();
        assertEquals(11, outcome.added());
        assertEquals(1, outcome.withheld());
        ListVersion version = store.published().orElseThrow();
        assertEquals(1, version.publishCount());
        assertEquals(11, version.entryCount());
        assertEquals(11, publishedIds().size());
        assertFalse(publishedIds().contains("demo-012"));
        assertTrue(items().stream().noneMatch(item -> item.get("sk").s().equals("demo-012")), "never stored");
        assertArrayEquals(new int[] {11, 11}, progress.get(progress.size() - 1), "progress reaches the end");
    }

    @Test
    void aFileWithBadRowsIsReportedByLineAndNothingIsWritten() throws IOException {
        ListImport.Report report = run(file("bad.csv", HEADER
                + "a-1,Kim Sol,refugee,detained,,true\n"
                + "a-2,Lee Min,refugee,jailed,,true\n"
                + "a-3,,child,,,true\n"
                + "a-4,Park Ho,refugee,,,yes\n"), false);
        assertFalse(report.imported());
        assertEquals(List.of(3, 4, 5), report.file().errors().stream().map(e -> e.line()).toList());
        assertEquals(List.of(), items(), "not even the valid row");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws IOException {
        Path list = file("list.csv", HEADER + "a-1,Kim Sol,refugee,detained,Note,true\na-2,Lee Min,child,,,true\n");
        ListPublisher.Outcome first = run(list, false).outcome().orElseThrow();
        List<Map<String, AttributeValue>> itemsAfterFirst = items();
        ListPublisher.Outcome second = run(list, false).outcome().orElseThrow();
        assertTrue(first.changed());
        assertFalse(second.changed());
        assertEquals(2, second.unchanged());
        assertEquals(first.version(), second.version());
        assertEquals(itemsAfterFirst.size(), items().size(), "no new generation written");
        assertFalse(run(list, true).outcome().orElseThrow().changed(), "--replace with the same file: nothing either");
    }

    @Test
    void withoutReplaceAFileAddsAndUpdatesAndWithReplaceItAlsoRemoves() throws IOException {
        run(file("first.csv", HEADER + "a-1,Kim Sol,,,,true\na-2,Lee Min,,,,true\na-3,Park Ho,,,,true\n"), false);
        Path second = file("second.csv", HEADER + "a-2,Lee Min,,released,,true\na-4,Choi Un,,,,true\n");

        ListPublisher.Outcome merged = run(second, false).outcome().orElseThrow();
        assertEquals(List.of("a-1", "a-2", "a-3", "a-4"), publishedIds());
        assertEquals(1, merged.added());
        assertEquals(1, merged.updated());
        assertEquals(0, merged.removed());

        ListPublisher.Outcome replaced = run(second, true).outcome().orElseThrow();
        assertEquals(List.of("a-2", "a-4"), publishedIds());
        assertEquals(2, replaced.removed());
        assertEquals(3, store.published().orElseThrow().publishCount());
    }

    @Test
    void consentFalseIsNeverStoredAndRemovesAPublishedEntry() throws IOException {
        run(file("first.csv", HEADER + "a-1,Kim Sol,,,,true\na-2,Lee Min,,,,true\n"), false);
        ListPublisher.Outcome outcome = run(file("withdrawn.csv", HEADER + "a-1,Kim Sol,,,,false\na-9,Ri Hyok,,,,false\n"), false)
                .outcome().orElseThrow();
        assertEquals(List.of("a-2"), publishedIds());
        assertEquals(1, outcome.removed());
        assertEquals(2, outcome.withheld());
        assertTrue(items().stream().noneMatch(item -> item.get("sk").s().equals("a-9")));
        assertTrue(items().stream().filter(item -> item.containsKey("entry"))
                .noneMatch(item -> item.get("entry").s().contains("\"consent\":false")));
    }

    @Test
    void onlyThePublishedAndThePreviousGenerationAreKept() throws IOException {
        for (int i = 1; i <= 4; i++) {
            run(file("list" + i + ".csv", HEADER + "a-1,Kim Sol,,,Version " + i + ",true\n"), false);
        }
        long partitions = items().stream().map(item -> item.get("pk").s()).filter(pk -> pk.startsWith("entries#")).distinct().count();
        assertEquals(2, partitions);
        ListVersion version = store.published().orElseThrow();
        assertTrue(version.previousGeneration().isPresent());
        assertEquals("Version 4", store.entries(version.generation()).get(0).notes().values().iterator().next());
    }

    @Test
    void anImportInProgressBlocksAnotherUntilItIsStale() throws IOException {
        store.reserve("dead-import", NOW, NOW.minus(Duration.ofMinutes(15)));
        store.write("dead-import", List.of(), ListStore.Progress.NONE);
        Path list = file("list.csv", HEADER + "a-1,Kim Sol,,,,true\n");
        assertThrows(ConcurrentImportException.class, () -> run(list, false));
        assertTrue(store.published().isEmpty());

        Instant later = NOW.plus(ListPublisher.STALE_IMPORT).plusSeconds(1);
        new ListImport(store, Clock.fixed(later, ZoneOffset.UTC)).run(list, false, ListStore.Progress.NONE);
        assertEquals(List.of("a-1"), publishedIds());
    }

    @Test
    void aFailedWriteLeavesThePublishedListAsItWas() throws IOException {
        run(file("first.csv", HEADER + "a-1,Kim Sol,,,,true\n"), false);
        Optional<ListVersion> before = store.published();
        ListStore failing = new FailingWrites(store);
        Path next = file("next.csv", HEADER + "a-1,Kim Sol,,,,true\na-2,Lee Min,,,,true\na-3,Park Ho,,,,true\n");
        assertThrows(IllegalStateException.class,
                () -> new ListImport(failing, Clock.fixed(NOW, ZoneOffset.UTC)).run(next, false, ListStore.Progress.NONE));
        assertEquals(before, store.published());
        assertEquals(List.of("a-1"), publishedIds());
        long partitions = items().stream().map(item -> item.get("pk").s()).filter(pk -> pk.startsWith("entries#")).distinct().count();
        assertEquals(1, partitions, "the half-written generation is removed");
        run(next, false);
        assertEquals(List.of("a-1", "a-2", "a-3"), publishedIds(), "and the next import is not blocked");
    }

    /** A store whose write stores the first entry, then fails, like a connection lost mid-import. */
    private record FailingWrites(ListStore delegate) implements ListStore {
        @Override
        public Optional<ListVersion> published() {
            return delegate.published();
        }

        @Override
        public List<ListEntry> entries(String generation) {
            return delegate.entries(generation);
        }

        @Override
        public Optional<String> reserve(String generation, Instant now, Instant staleBefore) {
            return delegate.reserve(generation, now, staleBefore);
        }

        @Override
        public void write(String generation, List<ListEntry> entries, Progress progress) {
            delegate.write(generation, entries.subList(0, 1), progress);
            throw new IllegalStateException("connection lost");
        }

        @Override
        public ListVersion publish(String generation, String contentHash, int entryCount, Instant now) {
            return delegate.publish(generation, contentHash, entryCount, now);
        }

        @Override
        public void release(String generation) {
            delegate.release(generation);
        }

        @Override
        public void delete(String generation, Progress progress) {
            delegate.delete(generation, progress);
        }
    }
}
