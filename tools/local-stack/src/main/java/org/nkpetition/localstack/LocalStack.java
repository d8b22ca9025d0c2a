package org.nkpetition.localstack;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * For tests: one moto per JVM (or bin/test's, through MOTO_URL) holding the tables and buckets of
 * template.yaml, and the functions of template.yaml built with their template environment pointed
 * at it (the way bin/dev builds them).
 */
public final class LocalStack {
    private static LocalStack instance;
    private static final ObjectMapper EVENTS = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final SamTemplate template;
    private final MotoServer moto;
    private final TemplateResources resources;

    private LocalStack() {
        template = SamTemplate.read(ProjectFiles.template());
        moto = MotoServer.shared();
        resources = new TemplateResources(template, moto.endpoint());
        resources.create();
    }

    public static synchronized LocalStack get() {
        if (instance == null) {
            instance = new LocalStack();
        }
        return instance;
    }

    public SamTemplate template() {
        return template;
    }

    public DynamoDbClient dynamo() {
        return resources.dynamo();
    }

    public MotoServer moto() {
        return moto;
    }

    /** A template queue's URL on this stack's emulator. */
    public String queueUrl(String logicalId) {
        return resources.queueUrl(logicalId);
    }

    /** The emulator's SQS, to look into queues. */
    public software.amazon.awssdk.services.sqs.SqsClient sqs() {
        return resources.sqs();
    }

    /**
     * Polls the template queue into a function, as Lambda's event source mapping would: call
     * {@link LocalQueuePoller#drain()} to deliver what is queued.
     */
    public LocalQueuePoller poller(String queueId,
            java.util.function.Function<com.amazonaws.services.lambda.runtime.events.SQSEvent,
                    com.amazonaws.services.lambda.runtime.events.SQSBatchResponse> function) {
        return new LocalQueuePoller(resources.sqs(), queueUrl(queueId), SamTemplate.localQueueArn(queueId), function, 10);
    }

    /** The emulator's endpoint, for AWS_ENDPOINT_URL. */
    public String endpoint() {
        return moto.endpoint().toString();
    }

    /**
     * Everything the stack holds that a function could write: every item of every table, every
     * object (key and ETag) of every bucket, and the emails sent. Compare two to prove that code
     * wrote nothing (SnapStart priming): an update to one attribute anywhere makes them differ.
     */
    public Contents contents() {
        Map<String, java.util.Set<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>>> items =
                new java.util.TreeMap<>();
        for (String table : dynamo().listTablesPaginator(b -> { }).tableNames()) {
            items.put(table, new java.util.HashSet<>(dynamo().scanPaginator(b -> b.tableName(table)).items().stream().toList()));
        }
        Map<String, java.util.Set<String>> objects = new java.util.TreeMap<>();
        for (var bucket : resources.s3().listBuckets().buckets()) {
            objects.put(bucket.name(), new java.util.TreeSet<>(resources.s3()
                    .listObjectsV2Paginator(b -> b.bucket(bucket.name())).contents().stream()
                    .map(object -> object.key() + " " + object.eTag()).toList()));
        }
        return new Contents(items, objects, moto.sentEmails());
    }

    /** What {@link #contents()} found. */
    public record Contents(
            Map<String, java.util.Set<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>>> items,
            Map<String, java.util.Set<String>> objects, java.util.List<SentEmail> emails) {
        public int itemCount() {
            return items.values().stream().mapToInt(java.util.Set::size).sum();
        }
    }

    /**
     * Forgets everything moto holds (items, emails, objects, identities, messages) and re-creates the
     * template's tables and buckets, empty.
     */
    public void reset() {
        moto.reset();
        resources.create();
    }

    /** The environment template.yaml gives a function, pointed at this stack, plus the extra values. */
    public Map<String, String> environment(String functionId, Map<String, String> extra) {
        LocalFunctions functions = functions(extra);
        return functions.environment(functions.function(functionId));
    }

    /** A real handler instance of the function, as template.yaml names it. */
    public <I, O> RequestHandler<I, O> handler(String functionId, Map<String, String> extra) {
        LocalFunctions functions = functions(extra);
        return functions.handler(functions.function(functionId));
    }

    private LocalFunctions functions(Map<String, String> extra) {
        Map<String, String> overrides = new HashMap<>(LocalFunctions.defaults(endpoint()));
        overrides.putAll(extra);
        return new LocalFunctions(template, overrides);
    }

    /** A sample event from events/ (the same files a reader uses with sam local invoke). */
    public static APIGatewayV2HTTPEvent httpEvent(String fileName) {
        Path file = ProjectFiles.root().resolve("events").resolve(fileName);
        try {
            return EVENTS.readValue(file.toFile(), APIGatewayV2HTTPEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
