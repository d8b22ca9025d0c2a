package org.nkpetition.adapters;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.nkpetition.localstack.MotoServer;
import org.nkpetition.localstack.ProjectFiles;
import org.nkpetition.localstack.SamTemplate;
import org.nkpetition.localstack.TemplateResources;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Uniquely named tables, made from template.yaml's definitions, on the DynamoDB the adapter tests
 * run against: {@code AWS_ENDPOINT_URL_DYNAMODB} or {@code AWS_ENDPOINT_URL} when set (LocalStack, a
 * test account: credentials and region from the SDK's default chain), else the serialized moto
 * (bin/test's, or one started for this JVM). {@link #close} deletes every table it made.
 * See docs/OPERATIONS.md, "Running the adapter tests elsewhere".
 */
final class DynamoDbTestTables implements AutoCloseable {
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger TABLES = new AtomicInteger();

    private final DynamoDbClient dynamo;
    private final boolean emulator;
    private final java.util.Map<String, AtomicInteger> calls = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> created = new ArrayList<>();

    DynamoDbTestTables() {
        Optional<String> endpoint = Optional.ofNullable(System.getenv("AWS_ENDPOINT_URL_DYNAMODB"))
                .or(() -> Optional.ofNullable(System.getenv("AWS_ENDPOINT_URL"))).filter(url -> !url.isBlank());
        emulator = endpoint.isEmpty();
        var builder = DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                        calls.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                                name -> new AtomicInteger()).incrementAndGet();
                    }
                }));
        if (emulator) {
            builder.endpointOverride(MotoServer.shared().endpoint()).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        } else {
            builder.endpointOverride(URI.create(endpoint.get()))
                    .region(Region.of(Optional.ofNullable(System.getenv("AWS_REGION")).orElse("us-east-1")))
                    .credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        dynamo = builder.build();
    }

    DynamoDbClient dynamo() {
        return dynamo;
    }

    /** Whether the tables are on the local moto (answers at once) rather than an endpoint given to the run. */
    boolean onEmulator() {
        return emulator;
    }

    /** How many calls of the operation ("Query", "Scan" ...) were made through {@link #dynamo} so far. */
    int calls(String operation) {
        return calls.getOrDefault(operation, new AtomicInteger()).get();
    }

    /** A new table shaped like the template's {@code logicalId}, named {@code adapter-test-<run>-<n>-<logicalId>}. */
    String create(String logicalId) {
        String name = "adapter-test-" + RUN + "-" + TABLES.incrementAndGet() + "-" + logicalId;
        TemplateResources.createTable(SamTemplate.read(ProjectFiles.template()), logicalId, name, dynamo);
        created.add(name);
        return name;
    }

    @Override
    public void close() {
        for (String table : created) {
            dynamo.deleteTable(b -> b.tableName(table));
        }
        created.clear();
    }
}
