package org.nkpetition.storage.dynamodb;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Merges several Query results, each in its sort key's order, into one stream in that order, as if
 * they had been one partition: the sharded {@code ConfirmedByPetition} index reads each shard and
 * merges (docs/adr/0045). Lazy: holds one item (and the SDK one page) per source, however long the
 * sources are. Ties (the same sort key in two sources) come in source order.
 */
final class SortKeyMerge implements Iterator<Map<String, AttributeValue>> {
    private record Head(Map<String, AttributeValue> item, String key, int source) {
    }

    /**
     * DynamoDB orders string sort keys by their UTF-8 bytes; for the index's keys (an ISO instant, '#',
     * a base64url signer key: ASCII) that is String's own order. Other text is compared by code point,
     * which is UTF-8 byte order too.
     */
    private static final Comparator<Head> ORDER = Comparator.<Head, String>comparing(Head::key, SortKeyMerge::byCodePoint)
            .thenComparingInt(Head::source);

    private final String sortKey;
    private final List<Iterator<Map<String, AttributeValue>>> sources;
    private final PriorityQueue<Head> heads = new PriorityQueue<>(ORDER);

    /** @param sortKey the attribute every source is ordered by (a string) */
    SortKeyMerge(String sortKey, List<Iterator<Map<String, AttributeValue>>> sources) {
        this.sortKey = sortKey;
        this.sources = sources;
        for (int i = 0; i < sources.size(); i++) {
            advance(i);
        }
    }

    @Override
    public boolean hasNext() {
        return !heads.isEmpty();
    }

    @Override
    public Map<String, AttributeValue> next() {
        Head head = heads.poll();
        if (head == null) {
            throw new NoSuchElementException();
        }
        advance(head.source());
        return head.item();
    }

    private void advance(int source) {
        Iterator<Map<String, AttributeValue>> iterator = sources.get(source);
        if (iterator.hasNext()) {
            Map<String, AttributeValue> item = iterator.next();
            AttributeValue key = item.get(sortKey);
            heads.add(new Head(item, key == null || key.s() == null ? "" : key.s(), source));
        }
    }

    static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
