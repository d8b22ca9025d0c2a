package org.nkpetition.aws;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Tells a dependency's temporary unavailability (which the client should retry: 503 with
 * Retry-After) from our own faults (500). Unavailable: no answer in time or no connection (the SDK's
 * client-side exceptions, including the api-call and attempt timeouts of {@link AwsClients#bounded}),
 * throttling (DynamoDB ProvisionedThroughputExceeded, RequestLimitExceeded, ThrottlingException; SQS,
 * SES), any 5xx, and DynamoDB transactions cancelled by conflicting ones.
 */
public final class DependencyFaults {
    private DependencyFaults() {
    }

    public static boolean isUnavailable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SdkClientException) {
                return true;
            }
            if (cause instanceof AwsServiceException aws) {
                String code = aws.awsErrorDetails() == null ? "" : String.valueOf(aws.awsErrorDetails().errorCode());
                return aws.isThrottlingException() || aws.statusCode() >= 500
                        || code.equals("ProvisionedThroughputExceededException")
                        || code.equals("RequestLimitExceeded")
                        || code.equals("TransactionConflictException")
                        || code.equals("TransactionCanceledException")
                        || code.equals("TransactionInProgressException");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
