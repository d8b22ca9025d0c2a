package org.nkpetition.report;

import org.nkpetition.report.s3.S3Clients;
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
import com.fasterxml.jackson.databind.ObjectMapper;
import org.nkpetition.config.Environment;
import org.nkpetition.config.LocalDevelopment;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.links.Links;
import org.nkpetition.localstack.LocalStack;
import org.nkpetition.localstack.MotoServer;
import org.nkpetition.localstack.ProjectFiles;
import org.nkpetition.localstack.SentEmail;
import org.nkpetition.mail.EmailComposer;
import org.nkpetition.mail.EmailMessage;
import org.nkpetition.petition.PetitionJson;
import org.nkpetition.report.job.ReportWorker;
import org.nkpetition.report.links.ReportFileKeys;
import org.nkpetition.report.request.Cutoff;
import org.nkpetition.security.KeyedHash;
import org.nkpetition.signature.DisplayName;
import org.nkpetition.signature.SignatureRequest;
import org.nkpetition.signature.SigningService;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;
import org.nkpetition.storage.dynamodb.DynamoDbSignatureStore;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The report worker as deployed, run here: DeliveryReportFunction's template.yaml environment, with
 * DynamoDB, S3, SES and Secrets Manager through the real SDK clients to moto. Also used by the report
 * routes' tests (the download route serves what this worker wrote). Signers go through the real signing
 * service (sign, then confirm at a chosen time), so reports read the real data layout.
 */
public final class ReportFixture {
    public static final String PETITION = "stop-forced-repatriation";
    public static final String SENDER = "petition@example.org";
    public static final String ORGANISER = "organiser@example.org";
    public static final String BUCKET = "delivery-reports-test";
    /** 24 September 2026, 09:00 in Seoul: the demo petition's first delivery moment this year. */
    public static final Instant SEPTEMBER_DELIVERY = Instant.parse("2026-09-24T00:00:00Z");
    /** Anything shaped like an email address. */
    public static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    public final LocalStack stack = LocalStack.get();
    public final MotoServer moto = MotoServer.shared();
    public final Map<String, String> extra = new HashMap<>();
    public final List<String> signerAddresses = new ArrayList<>();
    private final List<EmailMessage> signerMail = new ArrayList<>();
    private final SigningService signing;

    public ReportFixture() {
        extra.put("AWS_ENDPOINT_URL_S3", moto.endpoint().toString());
        extra.put("AWS_ENDPOINT_URL_SESV2", moto.endpoint().toString());
        extra.put("REPORTS_BUCKET", BUCKET);
        extra.put("SENDER_EMAIL", SENDER);
        signing = new SigningService(new DynamoDbSignatureStore(stack.dynamo(), "SignaturesTable", 10), signerMail::add,
                new TemplatedEmailComposer(), new KeyedHash(LocalDevelopment.SIGNER_HASH_KEY), Duration.ofDays(7));
    }

    public Environment environment(String functionId) {
        return new Environment(stack.environment(functionId, extra));
    }

    /** The worker as the delivery-report function builds it, reading the time from {@code now}. */
    public ReportWorker worker(Instant now) {
        return ReportWorker.fromEnvironment(environment("DeliveryReportFunction"), Clock.fixed(now, ZoneOffset.UTC));
    }

    /**
     * Runs the job the admin route would hand over for a request body {@code json} (cutoff, lang, force) at
     * {@code now}, through the worker; answers the worker's line for it (petitionId, cutoff, outcome, total, location).
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> job(Instant now, String json) {
        Map<String, Object> event = new HashMap<>();
        try {
            event.putAll(new ObjectMapper().readValue(json, Map.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        event.put("petitionId", PETITION);
        event.putIfAbsent("cutoff", Cutoff.of(now).toString());
        Map<String, Object> result = worker(now).handle(event);
        return (Map<String, Object>) ((List<?>) result.get("reports")).get(0);
    }

    /** Empty tables with the demo petition, a clean moto with the bucket and the verified sender. */
    public void reset() {
        stack.reset();
        new DynamoDbPetitionStore(stack.dynamo(), "PetitionsTable").put(demoPetition());
        s3().createBucket(b -> b.bucket(BUCKET));
        SesClients.create(environment("DeliveryReportFunction")).createEmailIdentity(b -> b.emailIdentity(SENDER));
        signerAddresses.clear();
        signerMail.clear();
    }

    public static Petition demoPetition() {
        try {
            return PetitionJson.read(Files.readString(ProjectFiles.root()
                    .resolve("tools/dev-server/seed/petitions/" + PETITION + ".json"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs and confirms at {@code confirmedAt}; returns nothing a test should need (like a real signer). */
    public void signer(String name, String email, String country, String city, String comment, DisplayName display,
            Instant confirmedAt) {
        String token = sign(name, email, country, city, comment, display, confirmedAt.minus(Duration.ofMinutes(3)));
        signing.confirm(token, confirmedAt);
    }

    /** Signs without confirming: a pending signature, which no report may show. */
    public void pendingSigner(String name, String email, String country, Instant signedAt) {
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

    public S3Client s3() {
        return S3Clients.create(environment("DeliveryReportFunction"));
    }

    /** Every object of one report folder, by file name. */
    public Map<String, byte[]> reportFiles(Instant cutoff) {
        String prefix = ReportFileKeys.prefix(PETITION, Cutoff.of(cutoff));
        Map<String, byte[]> files = new TreeMap<>();
        for (S3Object object : s3().listObjectsV2Paginator(b -> b.bucket(BUCKET).prefix(prefix)).contents()) {
            ResponseBytes<?> bytes = s3().getObjectAsBytes(b -> b.bucket(BUCKET).key(object.key()));
            files.put(object.key().substring(prefix.length()), bytes.asByteArray());
        }
        return files;
    }

    public List<SentEmail> emails() {
        return moto.sentEmails();
    }
}
