package org.nkpetition.report;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.nkpetition.config.Environment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Presigned GET links to a report's objects, valid for {@link #LIFETIME} (SigV4's maximum).
 *
 * <p>A presigned link dies with the credentials that signed it. The function's role credentials
 * are temporary (hours), so the stack gives the function a dedicated key (REPORT_LINK_ACCESS_KEY_ID
 * / REPORT_LINK_SECRET_ACCESS_KEY) that may only read reports/*, and signs with it. Without it the
 * role's credentials sign, and the links say they may end earlier (see docs/adr/0203).
 */
final class PresignedLinks implements ReportLinks {
    static final Duration LIFETIME = Duration.ofDays(7);

    private final S3Presigner presigner;
    private final String bucket;
    private final String prefix;
    private final Instant issuedAt;
    private final Instant validUntil;
    private final boolean mayEndEarlier;

    private PresignedLinks(S3Presigner presigner, String bucket, String prefix, Instant issuedAt, Instant validUntil,
            boolean mayEndEarlier) {
        this.presigner = presigner;
        this.bucket = bucket;
        this.prefix = prefix;
        this.issuedAt = issuedAt;
        this.validUntil = validUntil;
        this.mayEndEarlier = mayEndEarlier;
    }

    static PresignedLinks forPrefix(Environment env, String bucket, String prefix, Instant now) {
        Optional<String> keyId = env.get("REPORT_LINK_ACCESS_KEY_ID");
        Optional<String> secret = env.get("REPORT_LINK_SECRET_ACCESS_KEY");
        AwsCredentialsProvider provider = keyId.isPresent() && secret.isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId.get(), secret.get()))
                : DefaultCredentialsProvider.builder().build();
        AwsCredentials credentials = provider.resolveCredentials();
        Instant until = now.plus(LIFETIME);
        boolean temporary = credentials instanceof AwsSessionCredentials;
        if (credentials.expirationTime().isPresent() && credentials.expirationTime().get().isBefore(until)) {
            until = credentials.expirationTime().get();
        }
        Optional<URI> endpoint = env.get("AWS_ENDPOINT_URL_S3").or(() -> env.get("AWS_ENDPOINT_URL")).map(URI::create);
        S3Presigner.Builder builder = S3Presigner.builder()
                .region(Region.of(env.get("AWS_REGION", env.get("AWS_DEFAULT_REGION", "us-east-1"))))
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(endpoint.isPresent()).build());
        endpoint.ifPresent(builder::endpointOverride);
        return new PresignedLinks(builder.build(), bucket, prefix, now, until,
                temporary && credentials.expirationTime().isEmpty());
    }

    @Override
    public String url(String fileName) {
        Duration lifetime = Duration.between(issuedAt, validUntil);
        Duration duration = lifetime.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : lifetime;
        return presigner.presignGetObject(b -> b.signatureDuration(duration)
                .getObjectRequest(get -> get.bucket(bucket).key(prefix + fileName))).url().toString();
    }

    @Override
    public Optional<Instant> validUntil() {
        return Optional.of(validUntil);
    }

    @Override
    public boolean mayEndEarlier() {
        return mayEndEarlier;
    }
}
