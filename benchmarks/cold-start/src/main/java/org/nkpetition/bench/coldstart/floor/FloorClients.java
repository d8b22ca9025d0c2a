package org.nkpetition.bench.coldstart.floor;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The floors' SDK clients, built exactly as the product builds them (modules/aws-clients
 * org.nkpetition.aws.AwsClients, read 2026-11-30; keep the two in step): region from AWS_REGION
 * (else AWS_DEFAULT_REGION, else us-east-1), {@code DefaultCredentialsProvider}, the endpoint from
 * AWS_ENDPOINT_URL_&lt;SERVICE&gt; or AWS_ENDPOINT_URL, {@code UrlConnectionHttpClient}; DynamoDB and
 * SQS also "bounded" (the standard retry mode, SDK_CALL_TIMEOUT_MS / SDK_ATTEMPT_TIMEOUT_MS as the
 * call and attempt timeouts), Secrets Manager not. The product's test-only
 * SDK_RETRY_BASE_DELAY_MS is never set by the benchmark and is left out.
 */
final class FloorClients {
    private FloorClients() {
    }

    static DynamoDbClient dynamoDb(Map<String, String> env) {
        return bounded(configure(DynamoDbClient.builder(), env, "DYNAMODB"), env).build();
    }

    static SqsClient sqs(Map<String, String> env) {
        return bounded(configure(SqsClient.builder(), env, "SQS"), env).build();
    }

    static SecretsManagerClient secretsManager(Map<String, String> env) {
        return configure(SecretsManagerClient.builder(), env, "SECRETS_MANAGER").build();
    }

    private static <B extends AwsClientBuilder<B, ?>> B bounded(B builder, Map<String, String> env) {
        Optional<Duration> call = get(env, "SDK_CALL_TIMEOUT_MS").map(ms -> Duration.ofMillis(Long.parseLong(ms)));
        Optional<Duration> attempt = get(env, "SDK_ATTEMPT_TIMEOUT_MS").map(ms -> Duration.ofMillis(Long.parseLong(ms)));
        builder.overrideConfiguration(c -> {
            c.retryStrategy(RetryMode.STANDARD);
            call.ifPresent(c::apiCallTimeout);
            attempt.ifPresent(c::apiCallAttemptTimeout);
        });
        return builder;
    }

    private static <B extends AwsClientBuilder<B, ?>> B configure(B builder, Map<String, String> env, String serviceId) {
        builder.region(Region.of(get(env, "AWS_REGION").or(() -> get(env, "AWS_DEFAULT_REGION")).orElse("us-east-1")))
                .credentialsProvider(DefaultCredentialsProvider.builder().build());
        get(env, "AWS_ENDPOINT_URL_" + serviceId).or(() -> get(env, "AWS_ENDPOINT_URL")).map(URI::create)
                .ifPresent(builder::endpointOverride);
        if (builder instanceof AwsSyncClientBuilder<?, ?> sync) {
            sync.httpClientBuilder(UrlConnectionHttpClient.builder());
        }
        return builder;
    }

    private static Optional<String> get(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
