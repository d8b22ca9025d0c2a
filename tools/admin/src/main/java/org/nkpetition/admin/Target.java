package org.nkpetition.admin;

import org.nkpetition.mailqueue.SqsClients;
import org.nkpetition.storage.dynamodb.DynamoDbClients;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.nkpetition.config.Environment;
import org.nkpetition.localstack.RunningDevServer;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import org.nkpetition.localstack.SamTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Where commands act: the deployed stack in AWS (default credential chain and region), or with
 * --local the moto of a running bin/dev (found through {@code .local/dev-server.properties}, see
 * {@link RunningDevServer}), where tables carry their template logical ids.
 */
public final class Target {
    @Option(names = "--local", scope = ScopeType.INHERIT,
            description = "Act on the local stack of a running bin/dev, found by itself whatever PORT and MOTO_PORT it was"
                    + " started with: bin/dev writes its address and moto's to <local-dir>/dev-server.properties.")
    boolean local;

    @Option(names = "--stack", scope = ScopeType.INHERIT, defaultValue = "${env:PETITION_STACK:-petition}",
            description = "CloudFormation stack name given to sam deploy (default: ${DEFAULT-VALUE}).")
    String stack;

    @Option(names = "--aws-endpoint", scope = ScopeType.INHERIT,
            description = "With --local: the emulator's URL, instead of the running bin/dev's.")
    URI localEndpoint;

    @Option(names = "--counter-shards", scope = ScopeType.INHERIT, defaultValue = "10",
            description = "Counter shards per petition, as the CounterShards parameter of the stack (default: ${DEFAULT-VALUE}).")
    int counterShards;

    @Option(names = "--local-dir", scope = ScopeType.INHERIT, defaultValue = "${sys:petition.root:-.}/.local",
            description = "bin/dev's working directory, for --local mail (default: ${DEFAULT-VALUE}).")
    java.nio.file.Path localDirectory;

    private DynamoDbClient dynamo;
    private List<String> tableNames;
    private SqsClient sqs;

    public java.nio.file.Path localDirectory() {
        return localDirectory;
    }

    /** The local emulator: --aws-endpoint, else the running bin/dev's. */
    public URI localEndpoint() {
        return Optional.ofNullable(localEndpoint).orElseGet(() -> runningDevServer().awsEndpoint());
    }

    /** Where local links point: the running bin/dev's address. */
    public URI localBaseUrl() {
        return runningDevServer().baseUrl();
    }

    private RunningDevServer runningDevServer() {
        return RunningDevServer.find(localDirectory).orElseThrow(() -> new IllegalStateException(
                "No running bin/dev found (" + localDirectory.resolve(RunningDevServer.FILE_NAME)
                        + "): start bin/dev first, or pass --aws-endpoint"));
    }

    public synchronized DynamoDbClient dynamo() {
        if (dynamo == null) {
            if (local) {
                System.setProperty("aws.accessKeyId", System.getProperty("aws.accessKeyId", "local"));
                System.setProperty("aws.secretAccessKey", System.getProperty("aws.secretAccessKey", "local"));
                dynamo = DynamoDbClients.create(new Environment(java.util.Map.of(
                        "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL", localEndpoint().toString())));
            } else {
                dynamo = DynamoDbClients.create(Environment.system());
            }
        }
        return dynamo;
    }

    public synchronized SqsClient sqs() {
        if (sqs == null) {
            if (local) {
                System.setProperty("aws.accessKeyId", System.getProperty("aws.accessKeyId", "local"));
                System.setProperty("aws.secretAccessKey", System.getProperty("aws.secretAccessKey", "local"));
                sqs = SqsClients.create(new Environment(java.util.Map.of(
                        "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL", localEndpoint().toString())));
            } else {
                sqs = SqsClients.create(Environment.system());
            }
        }
        return sqs;
    }

    /**
     * The URL of a queue of template.yaml: locally the emulator's queue named by its logical id; in
     * AWS the queue CloudFormation named "{stack}-{LogicalId}-{suffix}".
     */
    public String queueUrl(String logicalId) {
        if (local) {
            return SamTemplate.localQueueUrl(localEndpoint().toString(), logicalId);
        }
        String prefix = stack + "-" + logicalId + "-";
        return sqs().listQueues(b -> b.queueNamePrefix(prefix)).queueUrls().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No queue " + prefix + "* in this account and region;"
                        + " check --stack and AWS_REGION"));
    }

    /**
     * The physical name of a table of template.yaml: its logical id locally; in AWS the table
     * CloudFormation named "{stack}-{LogicalId}-{suffix}".
     */
    public synchronized String table(String logicalId) {
        if (local) {
            return logicalId;
        }
        if (tableNames == null) {
            tableNames = dynamo().listTablesPaginator().tableNames().stream().toList();
        }
        String prefix = stack + "-" + logicalId + "-";
        Optional<String> found = tableNames.stream().filter(name -> name.startsWith(prefix)).findFirst();
        return found.orElseThrow(() -> new IllegalStateException("No table " + prefix + "* in this account and region;"
                + " check --stack and AWS_REGION"));
    }
}
