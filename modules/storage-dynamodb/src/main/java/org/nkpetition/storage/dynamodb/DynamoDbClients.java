package org.nkpetition.storage.dynamodb;

import org.nkpetition.aws.AwsClients;
import org.nkpetition.config.Environment;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the DynamoDB client once per container, configured as every client is ({@link AwsClients}): region
 * and endpoint from the function's environment, the URLConnection HTTP client, calls bounded in time.
 */
public final class DynamoDbClients {
    private DynamoDbClients() {
    }

    public static DynamoDbClient create(Environment env) {
        return AwsClients.bounded(AwsClients.configure(DynamoDbClient.builder(), env, "DYNAMODB"), env).build();
    }
}
