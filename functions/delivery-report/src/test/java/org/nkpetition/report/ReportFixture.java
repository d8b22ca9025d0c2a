package org.nkpetition.report;

import org.nkpetition.mail.sending.SesClients;
import org.nkpetition.mail.composing.TemplatedEmailComposer;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkpetition.config.Environment;
import org.nkpetition.config.LocalDevelopment;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.localstack.LocalStack;
import org.nkpetition.localstack.MotoServer;
import org.nkpetition.localstack.ProjectFiles;
import org.nkpetition.localstack.SentEmail;
import org.nkpetition.mail.EmailComposer;
import org.nkpetition.mail.EmailMessage;
import org.nkpetition.petition.PetitionJson;
import org.nkpetition.security.KeyedHash;
import org.nkpetition.signature.DisplayName;
import org.nkpetition.signature.SignatureRequest;
import org.nkpetition.signature.SigningService;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;
import org.nkpetition.storage.dynamodb.DynamoDbSignatureStore;
import org.nkpetition.links.Links;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The two report functions as deployed, run here: their template.yaml environment against DynamoDB
 * Local, S3 and SES through the real SDK clients to moto. Signers go through the real signing
 * service (sign, then confirm at a chosen time), so reports read the real data layout.
 */
final class ReportFixture {
    static final String PETITION = "stop-forced-repatriation";
    static final String SENDER = "petition@example.org";
    static final String ORGANISER = "organiser@example.org";
    static final String BUCKET = "delivery-reports-test";
    /** 24 September 2026, 09:00 in Seoul: the demo petition's first delivery moment this year. */
    static final Instant SEPTEMBER_DELIVERY = Instant.parse("2026-09-24T00:00:00Z");
    /** Anything shaped like an email address. */
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    final LocalStack stack = LocalStack.get();
    final MotoServer moto = MotoServer.shared();
    final Map<String, String> extra = new HashMap<>();
    final List<String> signerAddresses = new ArrayList<>();
    private final List<EmailMessage> signerMail = new ArrayList<>();
    private final SigningService signing;

    ReportFixture() {
        extra.put("AWS_ENDPOINT_URL_S3", moto.endpoint().toString());
        extra.put("AWS_ENDPOINT_URL_SESV2", moto.endpoint().toString());
        extra.put("REPORTS_BUCKET", BUCKET);
        extra.put("SENDER_EMAIL", SENDER);
        // Here the admin route runs jobs itself (no worker), so it signs the download links as the worker
        // does, with the template's secret in moto; in AWS it has no access to that secret.
        extra.put("REPORT_LINK_KEY_SECRET_ARN", "ReportLinkSigningKey");
        signing = new SigningService(new DynamoDbSignatureStore(stack.dynamo(), "SignaturesTable", 10), signerMail::add,
                new TemplatedEmailComposer(), new KeyedHash(LocalDevelopment.SIGNER_HASH_KEY), Duration.ofDays(7));
    }

    Environment environment(String functionId) {
        return new Environment(stack.environment(functionId, extra));
    }

    /** The admin route's handler as bin/dev and AWS build it, but reading the time from {@code now}. */
    ReportRequestHandler api(Instant now) {
        return new ReportRequestHandler(environment("DeliveryReportApiFunction"), Clock.fixed(now, ZoneOffset.UTC));
    }

    DeliveryReportHandler worker(Instant now) {
        return new DeliveryReportHandler(environment("DeliveryReportFunction"), Clock.fixed(now, ZoneOffset.UTC));
    }

    APIGatewayV2HTTPResponse post(ReportRequestHandler handler, APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    /** Empty tables with the demo petition, a clean moto with the bucket and the verified sender. */
    void reset() {
        stack.reset();
        new DynamoDbPetitionStore(stack.dynamo(), "PetitionsTable").put(demoPetition());
        s3().createBucket(b -> b.bucket(BUCKET));
        SesClients.create(environment("DeliveryReportFunction")).createEmailIdentity(b -> b.emailIdentity(SENDER));
        signerAddresses.clear();
        signerMail.clear();
    }

    static Petition demoPetition() {
        try {
            return PetitionJson.read(Files.readString(ProjectFiles.root()
                    .resolve("tools/dev-server/seed/petitions/" + PETITION + ".json"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs and confirms at {@code confirmedAt}; returns nothing a test should need (like a real signer). */
    void signer(String name, String email, String country, String city, String comment, DisplayName display,
            Instant confirmedAt) {
        String token = sign(name, email, country, city, comment, display, confirmedAt.minus(Duration.ofMinutes(3)));
        signing.confirm(token, confirmedAt);
    }

    /** Signs without confirming: a pending signature, which no report may show. */
    void pendingSigner(String name, String email, String country, Instant signedAt) {
        sign(name, email, country, "Seoul", "pending comment", DisplayName.FULL, signedAt);
    }

    private String sign(String name, String email, String country, String city, String comment, DisplayName display,
            Instant at) {
        signerAddresses.add(email);
        signing.sign(demoPetition(), new SignatureRequest(name, email, country, Optional.ofNullable(city), Optional.empty(),
                Optional.ofNullable(comment), Language.EN, display, false), new Links("https://example.test"), at);
        Matcher token = Pattern.compile("token=([^&\\s\"]+)").matcher(signerMail.get(signerMail.size() - 1).text());
        if (!token.find()) {
            throw new AssertionError("no confirmation link");
        }
        return token.group(1);
    }

    S3Client s3() {
        return S3Clients.create(environment("DeliveryReportFunction"));
    }

    /** Every object of one report folder, by file name. */
    Map<String, byte[]> reportFiles(Instant cutoff) {
        String prefix = S3Sink.prefix(PETITION, Cutoff.of(cutoff));
        Map<String, byte[]> files = new TreeMap<>();
        for (S3Object object : s3().listObjectsV2Paginator(b -> b.bucket(BUCKET).prefix(prefix)).contents()) {
            ResponseBytes<?> bytes = s3().getObjectAsBytes(b -> b.bucket(BUCKET).key(object.key()));
            files.put(object.key().substring(prefix.length()), bytes.asByteArray());
        }
        return files;
    }

    List<SentEmail> emails() {
        return moto.sentEmails();
    }
}
