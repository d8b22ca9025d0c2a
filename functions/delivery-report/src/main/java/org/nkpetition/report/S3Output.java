package org.nkpetition.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reports in the reports bucket, linked through the download route with signed, expiring tokens
 * (docs/adr/0051). The links start with PUBLIC_BASE_URL when configured (a custom domain), else
 * the base the job brings (the API's URL), else the dev server's address.
 */
public final class S3Output implements ReportOutput {
    static final String LOCAL_BASE = "http://localhost:3000";
    private final S3Client s3;
    private final String bucket;
    private final Path temporary;
    private final ReportLinkTokens tokens;
    private final Optional<String> publicBaseUrl;

    public S3Output(S3Client s3, String bucket, Path temporary, ReportLinkTokens tokens, Optional<String> publicBaseUrl) {
        this.s3 = s3;
        this.bucket = bucket;
        this.temporary = temporary;
        this.tokens = tokens;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Override
    public ReportSink sink(String petitionId, Cutoff cutoff) {
        return new S3Sink(s3, bucket, petitionId, cutoff, temporary);
    }

    @Override
    public ReportLinks links(ReportSink sink, ReportJob job, Instant now) {
        S3Sink stored = (S3Sink) sink;
        return new TokenLinks(tokens, publicBaseUrl.or(job::linkBase).orElse(LOCAL_BASE), stored.prefix(), job.language(), now);
    }
}
