package org.nkpetition.list.search;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.fixtures.TestListFiles;

/**
 * Whatever is typed: the search refuses it with a {@link NameQuery.RefusedException} or answers,
 * never throws anything else; results come best first, with scores in [0, 1], at most the limit.
 */
class SearchPropertiesTest {
    private static ListIndex index;

    @BeforeContainer
    static void load() {
        List<ListEntry> entries = new ArrayList<>();
        for (String file : List.of("/list/matching-list.csv", "/list/issue13-list.csv")) {
            entries.addAll(TestListFiles.load(file));
        }
        index = ListIndex.of(entries);
    }

    @Property(tries = 3000)
    void anyUnicodeTextIsRefusedOrAnswered(@ForAll @StringLength(max = 130) String text,
            @ForAll @IntRange(min = 1, max = SearchQuery.MAX_LIMIT) int limit) {
        check(text, limit);
    }

    @Property(tries = 3000)
    void nameLikeTextIsRefusedOrAnswered(@ForAll("nameLike") String text,
            @ForAll @IntRange(min = 1, max = SearchQuery.MAX_LIMIT) int limit) {
        check(text, limit);
    }

    /** Hangul syllables and lone letters, Latin with and without marks, full-width forms, separators, marks, surrogates. */
    @Provide
    Arbitrary<String> nameLike() {
        Arbitrary<Character> pieces = Arbitraries.oneOf(
                Arbitraries.chars().range('가', '힣'),
                Arbitraries.chars().range('a', 'z'),
                Arbitraries.chars().range('A', 'Z'),
                Arbitraries.chars().range('\u3131', '\u318E'),
                Arbitraries.chars().range('\u1100', '\u11FF'),
                Arbitraries.chars().range('\uFF01', '\uFF5E'),
                Arbitraries.chars().range('\u0300', '\u036F'),
                Arbitraries.chars().range('\uD800', '\uDFFF'),
                Arbitraries.of(' ', '-', '\'', ',', '\u3000', '\u2010', 'ŏ', 'ŭ', 'Ŏ', '李', 'ß', 'İ', 'ﬁ', '\u00A0', '\u200B'));
        return pieces.list().ofMaxSize(40).map(chars -> {
            StringBuilder text = new StringBuilder();
            chars.forEach(text::append);
            return text.toString();
        });
    }

    private static void check(String text, int limit) {
        NameQuery name;
        try {
            name = NameQuery.parse(text);
        } catch (NameQuery.RefusedException refused) {
            return;
        }
        SearchResult result = index.search(new SearchQuery(name, Optional.empty(), Optional.empty(), limit));
        assertTrue(result.hits().size() <= limit);
        assertTrue(result.total() >= result.hits().size());
        double previous = Double.MAX_VALUE;
        for (SearchResult.Hit hit : result.hits()) {
            assertTrue(hit.score() >= 0 && hit.score() <= 1, "score " + hit.score());
            assertTrue(hit.score() <= previous, "not sorted: " + result.hits());
            assertTrue(hit.entry().names().contains(hit.matchedName()));
            previous = hit.score();
        }
    }
}
