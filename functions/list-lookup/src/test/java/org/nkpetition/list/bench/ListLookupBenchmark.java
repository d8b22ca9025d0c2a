package org.nkpetition.list.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.nkpetition.list.entry.EntryJson;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.importing.ListPublisher;
import org.nkpetition.list.lookup.ListIndexCache;
import org.nkpetition.list.names.Romanization;
import org.nkpetition.list.search.ListIndex;
import org.nkpetition.list.search.NameQuery;
import org.nkpetition.list.search.SearchQuery;
import org.nkpetition.list.search.SearchResult;
import org.nkpetition.list.store.DynamoDbListStore;
import org.nkpetition.list.store.ListStore;
import org.nkpetition.localstack.LocalStack;

/**
 * Benchmark, not a test (bin/bench-list [--entries N] [--no-dynamodb]): 10,000 synthetic people, then
 * <ol>
 * <li>cold load: building the index in a fresh JVM (entries parsed from their stored JSON, as the
 * function does), and loading the published list from the local stack (moto) through the function's cache;</li>
 * <li>lookups in process: p50 / p99 / max over mixed queries (spelling variants, word orders,
 * typos, surnames alone, names not on the list) after a warm-up.</li>
 * </ol>
 */
public final class ListLookupBenchmark {
    private static final int DEFAULT_ENTRIES = 10_000;
    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 50_000;

    private ListLookupBenchmark() {
    }

    public static void main(String[] args) {
        List<String> options = Arrays.asList(args);
        boolean withDynamo = !options.contains("--no-dynamodb");
        int count = options.contains("--entries") ? Integer.parseInt(options.get(options.indexOf("--entries") + 1))
                : DEFAULT_ENTRIES;
        List<ListEntry> entries = new SyntheticList(20261123L).entries(count);
        List<String> stored = entries.stream().map(EntryJson::writeString).toList();

        long heapBefore = usedHeap();
        long started = System.nanoTime();
        List<ListEntry> parsed = stored.stream().map(json -> EntryJson.read(json).entry().orElseThrow()).toList();
        long parsedAt = System.nanoTime();
        ListIndex index = ListIndex.of(parsed);
        long builtAt = System.nanoTime();
        long heapAfter = usedHeap();
        System.out.printf("cold load in process (fresh JVM): parse %d entries %.0f ms, build index %.0f ms, total %.0f ms;"
                + " heap for entries + index ≈ %d MB%n", count, millis(parsedAt - started), millis(builtAt - parsedAt),
                millis(builtAt - started), (heapAfter - heapBefore) / (1024 * 1024));
        long rebuild = System.nanoTime();
        ListIndex.of(parsed);
        System.out.printf("index rebuild, warm JVM (a new list noticed): %.0f ms%n", millis(System.nanoTime() - rebuild));

        List<Query> queries = queries(entries, new Random(7));
        for (int i = 0; i < WARM_UP; i++) {
            search(index, queries.get(i % queries.size()).text());
        }
        Map<String, List<Long>> byKind = new TreeMap<>();
        List<Long> all = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int found = 0;
        for (int i = 0; i < MEASURED; i++) {
            Query query = queries.get(i % queries.size());
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            SearchResult result = search(index, query.text());
            long micros = (System.nanoTime() - start) / 1_000;
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1_000);
            all.add(micros);
            byKind.computeIfAbsent(query.kind(), k -> new ArrayList<>()).add(micros);
            found += result.total() > 0 ? 1 : 0;
        }
        System.out.printf("lookups in process: %d queries (%d distinct), %s; %d%% found someone%n", MEASURED, queries.size(),
                percentiles(all), 100L * found / MEASURED);
        byKind.forEach((kind, times) -> System.out.printf("  %-22s %5.1f%% of queries: %s%n", kind,
                100.0 * times.size() / MEASURED, percentiles(times)));
        // On a shared machine the wall clock includes time other processes took the core: the
        // thread's CPU time is what a lookup itself costs.
        System.out.printf("lookups, CPU time of the searching thread: %s%n", percentiles(cpu));

        if (withDynamo) {
            dynamoLoad(entries);
        }
        System.exit(0);
    }

    /** Publishes the list to the local stack (moto), then times a cold load through the function's own cache. */
    private static void dynamoLoad(List<ListEntry> entries) {
        LocalStack stack = LocalStack.get();
        stack.reset();
        DynamoDbListStore store = new DynamoDbListStore(stack.dynamo(), "ListTable");
        long published = System.nanoTime();
        new ListPublisher(store, Clock.systemUTC()).publish(entries, true, ListStore.Progress.NONE);
        System.out.printf("import of %d entries into the local stack (moto): %.1f s%n", entries.size(),
                (System.nanoTime() - published) / 1e9);
        for (int run = 1; run <= 3; run++) {
            ListIndexCache cache = new ListIndexCache(store, Duration.ofSeconds(60), System::nanoTime);
            long start = System.nanoTime();
            int size = cache.current().size();
            System.out.printf("cold load from the local stack (moto) (version read, Query pages, parse, index), run %d: %d entries in %.0f ms%n",
                    run, size, millis(System.nanoTime() - start));
        }
    }

    private static SearchResult search(ListIndex index, String text) {
        return index.search(new SearchQuery(NameQuery.parse(text), Optional.empty(), Optional.empty(), SearchQuery.DEFAULT_LIMIT));
    }

    private record Query(String kind, String text) {
    }

    private static String percentiles(List<Long> micros) {
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("p50 %d µs, p90 %d µs, p99 %d µs, max %d µs", sorted[sorted.length / 2],
                sorted[sorted.length * 9 / 10], sorted[sorted.length * 99 / 100], sorted[sorted.length - 1]);
    }

    /** Mixed queries: most for people on the list in some other spelling, some surnames alone, some nobody. */
    private static List<Query> queries(List<ListEntry> entries, Random random) {
        List<Query> queries = new ArrayList<>();
        String[] nobody = {"Smith John", "Maria Gonzalez", "Kwak Dae-sung", "Zhang Wei", "Dokgo Young-jae"};
        String[] surnames = {"Kim", "Lee", "Park", "Choi", "Rhee", "남궁"};
        for (int i = 0; i < 2_000; i++) {
            int kind = random.nextInt(100);
            if (kind < 5) {
                queries.add(new Query("name not on the list", nobody[random.nextInt(nobody.length)]));
                continue;
            }
            if (kind < 10) {
                queries.add(new Query("surname alone", surnames[random.nextInt(surnames.length)]));
                continue;
            }
            String hangul = entries.get(random.nextInt(entries.size())).names().get(0);
            String surname = hangul.substring(0, 1);
            String given = hangul.substring(1);
            String query = switch (kind % 8) {
                case 0 -> hangul;
                case 1 -> Romanization.NORTH_KOREAN.romanize(surname, given);
                case 2 -> Romanization.REVISED.romanize(surname, given);
                case 3 -> Romanization.MCCUNE_REISCHAUER.romanize(surname, given);
                case 4 -> Romanization.MCCUNE_REISCHAUER_PLAIN.romanize(surname, given).replace("-", "");
                case 5 -> { // given name first
                    String[] words = Romanization.REVISED.romanize(surname, given).split(" ", 2);
                    yield words.length == 2 ? words[1] + " " + words[0] : words[0];
                }
                case 6 -> typo(Romanization.NORTH_KOREAN.romanize(surname, given), random);
                default -> Romanization.REVISED.romanize("", given);
            };
            if (isSearchable(query)) {
                queries.add(new Query(switch (kind % 8) {
                    case 0 -> "full name, Hangul";
                    case 6 -> "full name, one typo";
                    case 7 -> "given name alone";
                    default -> "full name, Latin";
                }, query));
            }
        }
        return queries;
    }

    /** A given name alone can be too short to search for ("A-i"): such queries are refused, not timed. */
    private static boolean isSearchable(String query) {
        try {
            NameQuery.parse(query);
            return true;
        } catch (NameQuery.RefusedException refused) {
            return false;
        }
    }

    private static String typo(String name, Random random) {
        int at = 1 + random.nextInt(Math.max(1, name.length() - 2));
        return name.substring(0, at) + name.substring(at + 1);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
