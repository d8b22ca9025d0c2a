package org.nkpetition.bench.coldstart.product;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.nkpetition.bench.coldstart.BenchEnvironment;
import org.nkpetition.bench.coldstart.FirstResponse;
import org.nkpetition.count.handler.CountHandler;

/**
 * Product side of the cold-start benchmark: builds the real {@link CountHandler} as Lambda would (its
 * public constructor; the environment from a map, the template's variables pointed at moto) and
 * answers one hand-built event ({@link Events#count()}), then prints {@link FirstResponse}. Run by
 * bin/bench-cold-start on a class path of the function's target/function.jar and the benchmark's
 * classes only: a class missing from the shaded jar fails here.
 */
public final class CountProduct {
    private CountProduct() {
    }

    public static void main(String[] args) {
        CountHandler handler = new CountHandler(BenchEnvironment.load());
        APIGatewayV2HTTPResponse response = handler.handleRequest(Events.count(), null);
        FirstResponse.report(response.getStatusCode());
        if (response.getStatusCode() >= 300) {
            // After the measurement: why the request was refused (benchmark data only, nothing personal).
            System.err.println(response.getBody());
        }
    }
}
