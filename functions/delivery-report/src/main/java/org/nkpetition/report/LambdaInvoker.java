package org.nkpetition.report;

import org.nkpetition.aws.AwsClients;
import org.nkpetition.config.Environment;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;

/**
 * Starts the report worker asynchronously (Lambda Invoke, InvocationType Event) with the SDK's
 * Lambda client, built once per container. AWS_ENDPOINT_URL_LAMBDA redirects it (tests).
 */
final class LambdaInvoker {
    private final LambdaClient lambda;

    LambdaInvoker(Environment env) {
        this.lambda = AwsClients.configure(LambdaClient.builder(), env, "LAMBDA").build();
    }

    /**
     * Queues the event for the function (a name, ARN or alias ARN); Lambda answers 202 once it has accepted it.
     *
     * @throws IllegalStateException when Lambda answers anything else
     */
    void invokeAsync(String function, String json) {
        int status = lambda.invoke(b -> b.functionName(function).invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String(json))).statusCode();
        if (status != 202) {
            throw new IllegalStateException("Lambda did not accept the report job (HTTP " + status + ")");
        }
    }
}
