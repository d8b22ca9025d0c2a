package org.nkpetition.list.lookup;

import java.util.Optional;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.nkpetition.domain.Language;
import org.nkpetition.http.HttpResponses;
import org.nkpetition.i18n.Messages;
import org.nkpetition.list.search.ListIndex;
import org.nkpetition.list.search.NameQuery;
import org.nkpetition.list.search.SearchQuery;

/**
 * SnapStart: before the snapshot, loads and indexes THE LIST and runs a search (reads only), so a
 * restored container answers at once; after a restore, makes the next request check for a newer
 * list, since the snapshot may be days old. Outside SnapStart nothing runs.
 *
 * <p>The CRaC context holds resources weakly: the handler keeps this object in a field.
 */
final class ListPriming implements Resource {
    private final ListIndexCache cache;

    private ListPriming(ListIndexCache cache) {
        this.cache = cache;
    }

    static ListPriming register(ListIndexCache cache) {
        ListPriming priming = new ListPriming(cache);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        try {
            ListIndex index = cache.current();
            var result = index.search(new SearchQuery(NameQuery.parse("Kim Chol-su"), Optional.empty(), Optional.empty(),
                    SearchQuery.DEFAULT_LIMIT));
            for (Language language : Language.values()) {
                Messages messages = Messages.of(language);
                HttpResponses.json(200, result.hits().stream().map(hit -> EntryView.result(hit, messages)).toList());
            }
        } catch (RuntimeException e) {
            // A failed warm-up only costs the first request some time; never fail the snapshot over it.
            System.out.println("{\"level\":\"WARN\",\"message\":\"SnapStart priming failed\",\"error\":\""
                    + e.getClass().getName() + "\"}");
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        cache.expire();
    }

    /** For tests: what the checkpoint would run. */
    void primeNow() {
        beforeCheckpoint(null);
    }
}
