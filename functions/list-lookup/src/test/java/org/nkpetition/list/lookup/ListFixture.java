package org.nkpetition.list.lookup;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.nkpetition.list.importing.ListImport;
import org.nkpetition.list.store.DynamoDbListStore;
import org.nkpetition.list.store.ListStore;
import org.nkpetition.localstack.HttpEvents;
import org.nkpetition.localstack.LocalStack;
import org.nkpetition.localstack.ProjectFiles;

/** The list-lookup function as template.yaml declares it, on moto, with the demo list imported (by list-import, as bin/dev does). */
final class ListFixture {
    static final Path DEMO_LIST = ProjectFiles.root().resolve("tools/dev-server/seed/list/demo-list.csv");
    private static final ObjectMapper JSON = new ObjectMapper();

    final LocalStack stack = LocalStack.get();
    final DynamoDbListStore store = new DynamoDbListStore(stack.dynamo(), "ListTable");

    /** Empty tables, then the demo list imported the way bin/dev does. */
    void resetWithDemoList() {
        stack.reset();
        importFile(DEMO_LIST, false);
    }

    void importFile(Path file, boolean replace) {
        try {
            ListImport.Report report = new ListImport(store, Clock.systemUTC()).run(file, replace, ListStore.Progress.NONE);
            if (!report.imported()) {
                throw new IllegalStateException("import failed: " + report.file().errors());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A handler built from template.yaml, checking for a new list on every request when refresh is 0. */
    ListLookupHandler handler(int refreshSeconds) {
        return (ListLookupHandler) stack.<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>handler("ListLookupFunction",
                Map.of("LIST_REFRESH_SECONDS", Integer.toString(refreshSeconds)));
    }

    static APIGatewayV2HTTPResponse invoke(ListLookupHandler handler, APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    static APIGatewayV2HTTPEvent search(String query) {
        return HttpEvents.route(ListLookupHandler.SEARCH).query("q", query).build();
    }

    static JsonNode json(APIGatewayV2HTTPResponse response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
