package org.nkpetition.list.store;

import org.nkpetition.list.fixtures.InMemoryListStore;

/** The fake the import and lookup tests use, held to the same contract as the DynamoDB adapter. */
class InMemoryListStoreTest extends ListStoreContract {
    @Override
    protected ListStore store() {
        return new InMemoryListStore();
    }
}
