package org.nkpetition.list.search;

import java.util.List;
import java.util.Optional;
import org.nkpetition.list.fixtures.TestListFiles;

/** A test list (a CSV under src/test/resources) loaded into an index, and the search every matching test makes. */
record TestLists(ListIndex index) {
    /** The list file at {@code resource} (e.g. "/list/matching-list.csv"); it must be valid. */
    static TestLists load(String resource) {
        return new TestLists(ListIndex.of(TestListFiles.load(resource)));
    }

    /** Every hit for a name typed as {@code text}, up to the API's largest page. */
    SearchResult search(String text) {
        return index.search(new SearchQuery(NameQuery.parse(text), Optional.empty(), Optional.empty(), SearchQuery.MAX_LIMIT));
    }

    static List<String> ids(SearchResult result) {
        return result.hits().stream().map(hit -> hit.entry().id()).toList();
    }
}
