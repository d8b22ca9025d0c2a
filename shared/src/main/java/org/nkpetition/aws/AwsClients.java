package org.nkpetition.aws;

import java.net.URI;
import java.util.Optional;
import org.nkpetition.config.Environment;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Builds SDK clients once per container: the light URLConnection HTTP client (no Apache, no Netty),
 * the region from AWS_REGION and an endpoint from AWS_ENDPOINT_URL_&lt;SERVICE&gt; or AWS_ENDPOINT_URL,
 * read from the function's {@link Environment} so the dev server and tests can point each function
 * at an emulator (moto, LocalStack) without touching the process environment.
 */
public final class AwsClients {
    private AwsClients() {
    }

    public static DynamoDbClient dynamoDb(Environment env) {
        return configure(DynamoDbClient.builder(), env, "DYNAMODB").build();
    }

    public static SesV2Client sesV2(Environment env) {
        return configure(SesV2Client.builder(), env, "SESV2").build();
    }

    /** Path-style addressing when an endpoint is set: emulators (moto) serve one host, not a host per bucket. */
    public static S3Client s3(Environment env) {
        return configure(S3Client.builder(), env, "S3").forcePathStyle(endpoint(env, "S3").isPresent()).build();
    }

    public static <B extends AwsClientBuilder<B, ?>> B configure(B builder, Environment env, String serviceId) {
        builder.region(Region.of(env.get("AWS_REGION", env.get("AWS_DEFAULT_REGION", "us-east-1"))))
                .credentialsProvider(DefaultCredentialsProvider.builder().build());
        endpoint(env, serviceId).ifPresent(builder::endpointOverride);
        if (builder instanceof software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<?, ?> sync) {
            sync.httpClientBuilder(UrlConnectionHttpClient.builder());
        }
        return builder;
    }

    static Optional<URI> endpoint(Environment env, String serviceId) {
        return env.get("AWS_ENDPOINT_URL_" + serviceId).or(() -> env.get("AWS_ENDPOINT_URL")).map(URI::create);
    }
}
