package org.nkpetition.report.routes;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import org.nkpetition.aws.AwsClients;
import org.nkpetition.config.Environment;
import org.nkpetition.http.HttpProblem;
import org.nkpetition.i18n.Message;
import org.nkpetition.report.request.ReportJob;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;

/**
 * Starts the report worker asynchronously (Lambda Invoke, InvocationType Event) with the SDK's
 * Lambda client, built once per container. AWS_ENDPOINT_URL_LAMBDA redirects it (bin/dev's in-process
 * worker, tests).
 */
final class LambdaInvoker {
    private static final long RETRY_AFTER_SECONDS = 5;
    private final LambdaClient lambda;
    private final String function;

    /** {@code function}: the worker's name, ARN or alias ARN. */
    LambdaInvoker(Environment env, String function) {
        this.lambda = AwsClients.configure(LambdaClient.builder(), env, "LAMBDA").build();
        this.function = function;
    }

    /**
     * Queues the job's event ({@link ReportJob#toEvent()}) for the worker; Lambda answers 202 once it has
     * accepted it. SDK faults propagate (the HTTP edge answers throttling and outages with 503).
     *
     * @throws HttpProblem 503 with Retry-After when Lambda answers anything else
     */
    void invokeAsync(ReportJob job) {
        String json;
        try {
            json = JSON.std.asString(job.toEvent());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int status = lambda.invoke(b -> b.functionName(function).invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String(json))).statusCode();
        if (status != 202) {
            // Nothing was queued: the organiser may simply ask again.
            throw new HttpProblem(503, "busy", Message.of("error_busy")).retryAfter(RETRY_AFTER_SECONDS);
        }
    }
}
