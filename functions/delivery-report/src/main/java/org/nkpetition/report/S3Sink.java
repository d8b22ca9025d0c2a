package org.nkpetition.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * A report stored under {@code reports/{petitionId}/{cutoff}/} in the reports bucket. Each file is
 * written to Lambda's /tmp first and uploaded in one PUT when closed (then deleted), so nothing is
 * held in memory and no partial object is ever visible.
 */
public final class S3Sink implements ReportSink {
    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Path temporary;
    private final List<ReportFile> files = new ArrayList<>();

    public S3Sink(S3Client s3, String bucket, String petitionId, Cutoff cutoff, Path temporary) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix(petitionId, cutoff);
        this.temporary = temporary;
    }

    public static String prefix(String petitionId, Cutoff cutoff) {
        return "reports/" + petitionId + "/" + cutoff.folderName() + "/";
    }

    public String bucket() {
        return bucket;
    }

    public String prefix() {
        return prefix;
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
}
