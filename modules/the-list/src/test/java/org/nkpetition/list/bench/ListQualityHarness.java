package org.nkpetition.list.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.list.fixtures.TestListFiles;
import org.nkpetition.list.search.ListIndex;
import org.nkpetition.list.search.NameQuery;
import org.nkpetition.list.search.SearchQuery;
import org.nkpetition.list.search.SearchResult;

/**
 * Search quality, not a test (bin/bench-list --quality): the invented people and the queries that
 * third-party romanizers wrote for them (src/test/resources/quality, made by
 * tools/list-quality/make_queries.py), searched with the real index. Prints per kind of query:
 * how often the expected person comes first and in the top 5, how often nobody is returned, and
 * the score band of first results; for people not on the list, how often anyone is returned and
 * at which band.
 *
 * <p>Usage: {@code ListQualityHarness [DIR]} where DIR holds people.csv and queries.tsv (default:
 * the resources on the class path). {@code --misses KIND} also prints the queries of that kind
 * whose first result is wrong.
 */
public final class ListQualityHarness {
    /** Where the full-match band starts and the typo band ends (docs/LIST.md, "Ranking"). */
    static final double FULL_BAND = 0.80;
    static final double TYPO_BAND = 0.60;

    private ListQualityHarness() {
    }

    /** One query of the harness file; {@code expected} is empty for a person not on the list. */
    record Case(String kind, String query, Optional<String> expected) {
    }

    /** The outcome for one kind of query. */
    static final class Tally {
        int count;
        int refused;
        int first;
        int top5;
        int nobody;
        int anyoneFull;
        int anyoneTypoOrAbove;
        double minScore = Double.MAX_VALUE;
        double maxScore = -1;
        final List<String> misses = new ArrayList<>();

        void add(Case c, SearchResult result) {
            count++;
            List<String> ids = result.hits().stream().map(hit -> hit.entry().id()).toList();
            if (ids.isEmpty()) {
                nobody++;
            } else {
                double score = result.hits().get(0).score();
                minScore = Math.min(minScore, score);
                maxScore = Math.max(maxScore, score);
                anyoneFull += score >= FULL_BAND ? 1 : 0;
                anyoneTypoOrAbove += score >= TYPO_BAND ? 1 : 0;
            }
            if (c.expected().isPresent()) {
                String id = c.expected().get();
                boolean isFirst = !ids.isEmpty() && ids.get(0).equals(id);
                first += isFirst ? 1 : 0;
                top5 += ids.stream().limit(5).anyMatch(id::equals) ? 1 : 0;
                if (!isFirst) {
                    misses.add(c.query() + " → " + (ids.isEmpty() ? "nobody"
                            : ids.get(0) + " " + result.hits().get(0).matchedName() + " " + result.hits().get(0).score())
                            + " (expected " + id + ")");
                }
            } else if (!ids.isEmpty()) {
                misses.add(c.query() + " → " + ids.get(0) + " " + result.hits().get(0).matchedName() + " "
                        + result.hits().get(0).score());
            }
        }

        String band() {
            return maxScore < 0 ? "–" : String.format("%.2f–%.2f", minScore, maxScore);
        }
    }

    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args);
        Path dir = options.isEmpty() || options.get(0).startsWith("--") ? null : Path.of(options.get(0));
        String missesOf = options.contains("--misses") ? options.get(options.indexOf("--misses") + 1) : null;
        ListIndex index = index(read(dir, "people.csv"));
        Map<String, Tally> tallies = run(index, cases(read(dir, "queries.tsv")));
        System.out.println(table(tallies));
        if (missesOf != null) {
            tallies.forEach((kind, tally) -> {
                if (kind.equals(missesOf) || missesOf.equals("all")) {
                    tally.misses.forEach(miss -> System.out.println(kind + ": " + miss));
                }
            });
        }
    }

    static ListIndex index(String csv) {
        return ListIndex.of(TestListFiles.parse(csv));
    }

    static List<Case> cases(String tsv) {
        List<Case> cases = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            cases.add(new Case(cells[0], cells[1], cells[2].equals("-") ? Optional.empty() : Optional.of(cells[2])));
        }
        return cases;
    }

    static Map<String, Tally> run(ListIndex index, List<Case> cases) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Case c : cases) {
            Tally tally = tallies.computeIfAbsent(c.kind(), k -> new Tally());
            try {
                tally.add(c, index.search(new SearchQuery(NameQuery.parse(c.query()), Optional.empty(), Optional.empty(), 5)));
            } catch (NameQuery.RefusedException refused) {
                // Refused (too short: "I U"; before issue 13 also full-width letters): counted as nobody found.
                tally.refused++;
                tally.add(c, new SearchResult(List.of(), 0));
            }
        }
        return tallies;
    }

    /** A Markdown table: listed people by kind, then people not on the list. */
    static String table(Map<String, Tally> tallies) {
        StringBuilder out = new StringBuilder();
        out.append("| kind of query | n | first result right | in top 5 | nobody returned (of which refused) | first result's score |\n");
        out.append("|---|---:|---:|---:|---:|---|\n");
        int n = 0;
        int first = 0;
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            if (e.getKey().startsWith("unlisted")) {
                continue;
            }
            n += t.count;
            first += t.first;
            out.append(String.format("| %s | %d | %s | %s | %s%s | %s |%n", e.getKey(), t.count, percent(t.first, t.count),
                    percent(t.top5, t.count), percent(t.nobody, t.count), t.refused == 0 ? "" : " (" + t.refused + ")", t.band()));
        }
        out.append(String.format("| **all listed** | %d | %s | | | |%n", n, percent(first, n)));
        int refused = tallies.values().stream().mapToInt(t -> t.refused).sum();
        if (refused > 0) {
            out.append(String.format("%n%d querie(s) refused as too short (fewer than 3 letters counted), as nobody found.%n",
                    refused));
        }
        out.append("\n| people not on the list | n | returned anyone | first result ≥ 0.60 (typo band or above) "
                + "| first result ≥ 0.80 (full-match band) | first result's score |\n");
        out.append("|---|---:|---:|---:|---:|---|\n");
        tallies.forEach((kind, t) -> {
            if (kind.startsWith("unlisted")) {
                out.append(String.format("| %s | %d | %s | %s | %s | %s |%n", kind, t.count,
                        percent(t.count - t.nobody, t.count), percent(t.anyoneTypoOrAbove, t.count),
                        percent(t.anyoneFull, t.count), t.band()));
            }
        });
        return out.toString();
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "–" : String.format("%.1f %%", 100.0 * part / whole);
    }

    static String read(Path dir, String name) {
        try {
            if (dir != null) {
                return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
            }
            try (InputStream in = ListQualityHarness.class.getResourceAsStream("/quality/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("No /quality/" + name + " on the class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
