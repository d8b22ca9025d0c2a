package org.nkpetition.devserver;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.nkpetition.list.importing.ListImport;
import org.nkpetition.list.store.DynamoDbListStore;
import org.nkpetition.list.store.ListStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** bin/dev's demo THE LIST, imported with the code of {@code bin/admin list import}. */
final class ListSeed {
    static final String DEMO_LIST = "tools/dev-server/seed/list/demo-list.csv";
    /** Locally a new import should show at once, not after the deployed 60 seconds. */
    static final String LOCAL_REFRESH_SECONDS = "2";

    private ListSeed() {
    }

    static void importDemoList(Path root, DynamoDbClient client) throws IOException {
        ListImport.Report report = new ListImport(new DynamoDbListStore(client, "ListTable"), Clock.systemUTC())
                .run(root.resolve(DEMO_LIST), false, ListStore.Progress.NONE);
        if (!report.imported()) {
            throw new IllegalStateException(DEMO_LIST + " is not a valid list file: " + report.file().errors());
        }
        System.out.println("Seeded THE LIST from " + Path.of(DEMO_LIST).getFileName() + " ("
                + report.outcome().orElseThrow().published() + " fictional people)");
    }
}
