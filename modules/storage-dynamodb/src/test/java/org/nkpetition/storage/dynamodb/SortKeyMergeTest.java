package org.nkpetition.storage.dynamodb;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class SortKeyMergeTest {
    @Test
    void sortedSourcesComeOutAsOneSortedStreamWithEveryItemOnce() {
        List<Iterator<Map<String, AttributeValue>>> sources = List.of(
                items("2026-01-01T00:00:01Z#b", "2026-01-01T00:00:04Z#a"),
                items(),
                items("2026-01-01T00:00:02Z#c", "2026-01-01T00:00:03Z#d", "2026-01-01T00:00:05Z#e"),
                items("2026-01-01T00:00:00Z#f"));
        List<String> merged = new ArrayList<>();
        new SortKeyMerge("sk", sources).forEachRemaining(item -> merged.add(item.get("sk").s()));
        assertEquals(List.of("2026-01-01T00:00:00Z#f", "2026-01-01T00:00:01Z#b", "2026-01-01T00:00:02Z#c",
                "2026-01-01T00:00:03Z#d", "2026-01-01T00:00:04Z#a", "2026-01-01T00:00:05Z#e"), merged);
    }

    /** DynamoDB orders string keys by UTF-8 bytes; the merge must agree for any text, not only ASCII. */
    @Property
    void theMergeOrdersKeysAsDynamoDbDoes(@ForAll @Size(max = 12) String a, @ForAll @Size(max = 12) String b) {
        Assume.that(wellFormed(a) && wellFormed(b)); // DynamoDB strings are valid UTF-8
        assertEquals(Integer.signum(utf8Compare(a, b)), Integer.signum(SortKeyMerge.byCodePoint(a, b)), a + " / " + b);
    }

    @Test
    void textBeyondTheBasicPlaneSortsAfterFullWidthLettersAsInUtf8() {
        // UTF-16 puts U+1F600 (surrogates D83D DE00) before U+FF21 (Ａ); UTF-8 and code points put it after.
        assertTrue(SortKeyMerge.byCodePoint("\uD83D\uDE00", "\uFF21") > 0);
        assertTrue("\uD83D\uDE00".compareTo("\uFF21") < 0, "String's own order would differ");
    }

    private static boolean wellFormed(String s) {
        return s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF);
    }

    private static int utf8Compare(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static Iterator<Map<String, AttributeValue>> items(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> Map.of("sk", AttributeValue.fromS(k))).iterator();
    }
}
