package org.nkpetition.report.routes;

import org.nkpetition.report.s3.S3Clients;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.nkpetition.config.Environment;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The download route's view of the reports bucket: does a file still exist, and a presigned GET for
 * it, both with the function's own (temporary) role credentials. Clients are built once per
 * container; AWS_ENDPOINT_URL(_S3) points them at an emulator (path-style there).
 */
final class ReportObjects {
    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    ReportObjects(Environment env, String bucket) {
        this.s3 = S3Clients.create(env);
        Optional<URI> endpoint = env.get("AWS_ENDPOINT_URL_S3").or(() -> env.get("AWS_ENDPOINT_URL")).map(URI::create);
        S3Presigner.Builder builder = S3Presigner.builder()
                .region(Region.of(env.get("AWS_REGION", env.get("AWS_DEFAULT_REGION", "us-east-1"))))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(endpoint.isPresent()).build());
        endpoint.ifPresent(builder::endpointOverride);
        this.presigner = builder.build();
        this.bucket = bucket;
    }

    /** False when the bucket's lifecycle (ReportRetentionDays) has deleted it; S3 faults propagate. */
    boolean exists(String objectKey) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(objectKey));
            return true;
        } catch (S3Exception missing) {
            if (missing.statusCode() == 404) {
                return false;
            }
            throw missing;
        }
    }

    /** A GET URL for the object, valid for {@code lifetime} from now (the SDK's clock). */
    String presignedGet(String objectKey, Duration lifetime) {
        return presigner.presignGetObject(b -> b.signatureDuration(lifetime)
                .getObjectRequest(get -> get.bucket(bucket).key(objectKey))).url().toString();
    }
}
