package org.nkpetition.mailqueue;

import org.nkpetition.aws.AwsClients;
import org.nkpetition.config.Environment;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds the SQS client once per container, configured as every client is ({@link AwsClients}): region
 * and endpoint from the function's environment, the URLConnection HTTP client, calls bounded in time.
 */
public final class SqsClients {
    private SqsClients() {
    }

    public static SqsClient create(Environment env) {
        return AwsClients.bounded(AwsClients.configure(SqsClient.builder(), env, "SQS"), env).build();
    }
}
