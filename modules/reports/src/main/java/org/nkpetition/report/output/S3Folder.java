package org.nkpetition.report.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nkpetition.domain.Language;
import org.nkpetition.report.links.ReportFileKeys;
import org.nkpetition.report.links.ReportLinkTokens;
import org.nkpetition.report.request.Cutoff;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * A report stored under {@code reports/{petitionId}/{cutoff}/} in the reports bucket ({@link ReportFileKeys}),
 * linked through the download route ({@link TokenLinks}). Each file is
 * written to Lambda's /tmp first and uploaded in one PUT when closed (then deleted), so nothing is
 * held in memory and no partial object is ever visible.
 */
final class S3Folder implements ReportFolder {
    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Path temporary;
    private final S3Storage.Links linking;
    private final List<ReportFile> files = new ArrayList<>();

    S3Folder(S3Client s3, String bucket, String petitionId, Cutoff cutoff, Path temporary, S3Storage.Links linking) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = ReportFileKeys.prefix(petitionId, cutoff);
        this.temporary = temporary;
        this.linking = linking;
    }

    @Override
    public OutputStream create(String name) {
        try {
            Path file = Files.createTempFile(temporary, "report-", ".tmp");
            return new FinishingOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024), () -> {
                try {
                    upload(name, file);
                } finally {
                    Files.deleteIfExists(file);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void upload(String name, Path file) throws IOException {
        String contentType = ReportFile.contentTypeOf(name);
        long size = Files.size(file);
        s3.putObject(b -> b.bucket(bucket).key(prefix + name).contentType(contentType)
                .serverSideEncryption(ServerSideEncryption.AES256)
                .contentDisposition(name.endsWith(".html") ? "inline" : "attachment; filename=\"" + name + "\""),
                RequestBody.fromFile(file));
        synchronized (files) {
            files.add(new ReportFile(name, size, contentType));
        }
    }

    @Override
    public List<ReportFile> files() {
        synchronized (files) {
            return List.copyOf(files);
        }
    }

    @Override
    public String location() {
        return "s3://" + bucket + "/" + prefix;
    }

    @Override
    public ReportLinks links(Language language, Optional<String> linkBase, Instant now) {
        return new TokenLinks(linking.tokens(), linking.publicBaseUrl().or(() -> linkBase).orElse(S3Storage.LOCAL_BASE),
                prefix, language, now);
    }
}
