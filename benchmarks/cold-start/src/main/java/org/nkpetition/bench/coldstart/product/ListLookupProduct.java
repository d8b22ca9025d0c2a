package org.nkpetition.bench.coldstart.product;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.nkpetition.bench.coldstart.BenchEnvironment;
import org.nkpetition.bench.coldstart.FirstResponse;
import org.nkpetition.list.lookup.ListLookupHandler;

/**
 * Product side of the cold-start benchmark: builds the real {@link ListLookupHandler} as Lambda would (its
 * public constructor; the environment from a map, the template's variables pointed at moto) and
 * answers one hand-built event ({@link Events#listSearch()}), then prints {@link FirstResponse}. Run by
 * bin/bench-cold-start on a class path of the function's target/function.jar and the benchmark's
 * classes only: a class missing from the shaded jar fails here.
 */
public final class ListLookupProduct {
    private ListLookupProduct() {
    }

    public static void main(String[] args) {
        ListLookupHandler handler = new ListLookupHandler(BenchEnvironment.load());
        APIGatewayV2HTTPResponse response = handler.handleRequest(Events.listSearch(), null);
        FirstResponse.report(response.getStatusCode());
        if (response.getStatusCode() >= 300) {
            // After the measurement: why the request was refused (benchmark data only, nothing personal).
            System.err.println(response.getBody());
        }
    }
}
