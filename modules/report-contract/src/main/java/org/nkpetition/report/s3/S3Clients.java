package org.nkpetition.report.s3;

import org.nkpetition.aws.AwsClients;
import org.nkpetition.config.Environment;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the S3 client of the reports bucket (worker and download route alike) once per container, configured as every client is ({@link AwsClients}): region
 * and endpoint from the function's environment, the URLConnection HTTP client; path-style addressing when an endpoint is set (emulators such as moto serve one host, not a host per bucket).
 */
public final class S3Clients {
    private S3Clients() {
    }

    public static S3Client create(Environment env) {
        return AwsClients.configure(S3Client.builder(), env, "S3").forcePathStyle(AwsClients.endpoint(env, "S3").isPresent()).build();
    }
}
