package org.nkpetition.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.nkpetition.config.Environment;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * Starts the report worker asynchronously (Lambda Invoke, InvocationType Event): one SigV4-signed
 * POST, signed by the SDK's own signer. The SDK's Lambda client would do the same but its module
 * does not resolve from our Maven mirror at the pinned SDK version (docs/adr/0201); the Invoke API
 * is stable and this is all of it we use. AWS_ENDPOINT_URL_LAMBDA redirects it (tests).
 */
final class LambdaInvoker {
    private final URI endpoint;
    private final String region;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient http;

    LambdaInvoker(Environment env) {
        this.region = env.get("AWS_REGION", env.get("AWS_DEFAULT_REGION", "us-east-1"));
        this.endpoint = env.get("AWS_ENDPOINT_URL_LAMBDA").or(() -> env.get("AWS_ENDPOINT_URL")).map(URI::create)
                .orElseGet(() -> URI.create("https://lambda." + region + ".amazonaws.com"));
        this.credentials = DefaultCredentialsProvider.builder().build();
        this.http = UrlConnectionHttpClient.builder().build();
    }

    /** Queues the event for the function; Lambda answers 202 once it has accepted it. */
    void invokeAsync(String function, String json) {
        SdkHttpFullRequest request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(endpoint.resolve("/2015-03-31/functions/" + URLEncoder.encode(function, StandardCharsets.UTF_8)
                        + "/invocations"))
                .putHeader("X-Amz-Invocation-Type", "Event")
                .putHeader("Content-Type", "application/json")
                .build();
        ContentStreamProvider body = ContentStreamProvider.fromUtf8String(json);
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r.identity(credentials.resolveCredentials())
                .request(request)
                .payload(body)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "lambda")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        try {
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request())
                    .contentStreamProvider(signed.payload().orElse(body))
                    .build()).call();
            response.responseBody().ifPresent(stream -> {
                try {
                    stream.close();
                } catch (IOException ignored) {
                    // Only the status matters.
                }
            });
            int status = response.httpResponse().statusCode();
            if (status != 202) {
                throw new IllegalStateException("Lambda did not accept the report job (HTTP " + status + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
