package org.nkpetition.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.nkpetition.config.Environment;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * How every SDK client is configured (each adapter module builds its own client with these, once per
 * container): the light URLConnection HTTP client (no Apache, no Netty),
 * the region from AWS_REGION and an endpoint from AWS_ENDPOINT_URL_&lt;SERVICE&gt; or AWS_ENDPOINT_URL,
 * read from the function's {@link Environment} so the dev server and tests can point each function
 * at an emulator (moto, LocalStack) without touching the process environment.
 */
public final class AwsClients {
    private AwsClients() {
    }

    /**
     * Bounds every call of a client whose calls are small (DynamoDB items, one email, one message) so
     * that a slow or throttling dependency costs a request at most SDK_CALL_TIMEOUT_MS, never the
     * function's whole timeout: SDK_ATTEMPT_TIMEOUT_MS per attempt, the standard retry mode (3
     * attempts, with backoff) instead of DynamoDB's legacy 8-9 (docs/adr/0041). Unset variables
     * leave the SDK's defaults (bin/dev and tests on a slow, serialized moto).
     *
     * <p>SDK_RETRY_BASE_DELAY_MS (tests only; unset in template.yaml) replaces the standard mode's
     * backoff (100 ms base, 1 s after throttling, up to 20 s) with an exponential one from that base,
     * capped at 20 times it, for both: a fault test that throttles on purpose then waits milliseconds,
     * not seconds, between attempts (docs/PERFORMANCE.md, fault test).
     */
    public static <B extends AwsClientBuilder<B, ?>> B bounded(B builder, Environment env) {
        Optional<Duration> call = env.get("SDK_CALL_TIMEOUT_MS").map(ms -> Duration.ofMillis(Long.parseLong(ms)));
        Optional<Duration> attempt = env.get("SDK_ATTEMPT_TIMEOUT_MS").map(ms -> Duration.ofMillis(Long.parseLong(ms)));
        Optional<Duration> backoff = env.get("SDK_RETRY_BASE_DELAY_MS").map(ms -> Duration.ofMillis(Long.parseLong(ms)));
        builder.overrideConfiguration(c -> {
            if (backoff.isPresent()) {
                BackoffStrategy exponential = BackoffStrategy.exponentialDelay(backoff.get(), backoff.get().multipliedBy(20));
                c.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .backoffStrategy(exponential).throttlingBackoffStrategy(exponential).build());
            } else {
                c.retryStrategy(RetryMode.STANDARD);
            }
            call.ifPresent(c::apiCallTimeout);
            attempt.ifPresent(c::apiCallAttemptTimeout);
        });
        return builder;
    }

    /** Region, credentials, endpoint override and the URLConnection HTTP client. */
    public static <B extends AwsClientBuilder<B, ?>> B configure(B builder, Environment env, String serviceId) {
        builder.region(Region.of(env.get("AWS_REGION", env.get("AWS_DEFAULT_REGION", "us-east-1"))))
                .credentialsProvider(DefaultCredentialsProvider.builder().build());
        endpoint(env, serviceId).ifPresent(builder::endpointOverride);
        if (builder instanceof software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<?, ?> sync) {
            sync.httpClientBuilder(UrlConnectionHttpClient.builder());
        }
        return builder;
    }

    /** The endpoint set for this service (AWS_ENDPOINT_URL_<SERVICE>, else AWS_ENDPOINT_URL), if any. */
    public static Optional<URI> endpoint(Environment env, String serviceId) {
        return env.get("AWS_ENDPOINT_URL_" + serviceId).or(() -> env.get("AWS_ENDPOINT_URL")).map(URI::create);
    }
}
