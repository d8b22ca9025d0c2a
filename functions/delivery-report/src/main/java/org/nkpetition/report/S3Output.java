package org.nkpetition.report;

import java.nio.file.Path;
import java.time.Instant;
import org.nkpetition.config.Environment;
import software.amazon.awssdk.services.s3.S3Client;

/** Reports in the reports bucket, linked with presigned URLs. */
public final class S3Output implements ReportOutput {
    private final S3Client s3;
    private final String bucket;
    private final Path temporary;
    private final Environment env;

    public S3Output(S3Client s3, String bucket, Path temporary, Environment env) {
        this.s3 = s3;
        this.bucket = bucket;
        this.temporary = temporary;
        this.env = env;
    }

    @Override
    public ReportSink sink(String petitionId, Cutoff cutoff) {
        return new S3Sink(s3, bucket, petitionId, cutoff, temporary);
    }

    @Override
    public ReportLinks links(ReportSink sink, Instant now) {
        S3Sink stored = (S3Sink) sink;
        return PresignedLinks.forPrefix(env, stored.bucket(), stored.prefix(), now);
    }
}
