package org.nkpetition.list.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.nkpetition.list.importing.CsvListFile;
import org.nkpetition.list.importing.ParsedList;

/** A test list (a CSV under src/test/resources) loaded into an index, and the search every matching test makes. */
record TestLists(ListIndex index) {
    /** The list file at {@code resource} (e.g. "/list/matching-list.csv"); it must be valid. */
    static TestLists load(String resource) {
        try (InputStream in = TestLists.class.getResourceAsStream(resource)) {
            ParsedList parsed = CsvListFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertTrue(parsed.valid(), parsed.errors().toString());
            return new TestLists(ListIndex.of(parsed.entries()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every hit for a name typed as {@code text}, up to the API's largest page. */
    SearchResult search(String text) {
        return index.search(new SearchQuery(NameQuery.parse(text), Optional.empty(), Optional.empty(), SearchQuery.MAX_LIMIT));
    }

    static List<String> ids(SearchResult result) {
        return result.hits().stream().map(hit -> hit.entry().id()).toList();
    }
}
