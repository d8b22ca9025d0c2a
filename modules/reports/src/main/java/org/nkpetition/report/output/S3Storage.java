package org.nkpetition.report.output;

import java.nio.file.Path;
import java.util.Optional;
import org.nkpetition.report.links.ReportLinkTokens;
import org.nkpetition.report.request.Cutoff;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reports in the reports bucket, linked through the download route with signed, expiring tokens
 * (docs/adr/0051). The links start with PUBLIC_BASE_URL when configured (a custom domain), else
 * the base the job brings (the API's URL), else the dev server's address.
 */
public final class S3Storage implements ReportStorage {
    static final String LOCAL_BASE = "http://localhost:3000";

    /** How this storage's folders make links: the token signer and the configured public base, if any. */
    record Links(ReportLinkTokens tokens, Optional<String> publicBaseUrl) {
    }

    private final S3Client s3;
    private final String bucket;
    private final Path temporary;
    private final Links links;

    /** {@code temporary} holds each file until it is uploaded whole (Lambda: /tmp). */
    public S3Storage(S3Client s3, String bucket, Path temporary, ReportLinkTokens tokens, Optional<String> publicBaseUrl) {
        this.s3 = s3;
        this.bucket = bucket;
        this.temporary = temporary;
        this.links = new Links(tokens, publicBaseUrl);
    }

    @Override
    public ReportFolder open(String petitionId, Cutoff cutoff) {
        return new S3Folder(s3, bucket, petitionId, cutoff, temporary, links);
    }
}
