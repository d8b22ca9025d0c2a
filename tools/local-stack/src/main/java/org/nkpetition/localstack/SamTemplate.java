package org.nkpetition.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the local stack needs from template.yaml, the one source of truth: the functions with their
 * handler, HTTP routes and environment, the DynamoDB tables, and parameter defaults.
 */
public final class SamTemplate {
    public record Route(String method, String path) {
    }

    /**
     * A function of the template.
     *
     * @param queues the logical ids of the SQS queues its event sources poll (in template order)
     */
    public record Function(String logicalId, String handler, List<Route> routes, Map<String, Object> environment,
            List<String> queues) {
        /** The handler class, from "package.Class::method" or "package.Class". */
        public String handlerClass() {
            return handler.split("::", 2)[0];
        }
    }

    public record Resource(String logicalId, Map<String, Object> properties) {
    }

    private final Map<String, Object> root;

    private SamTemplate(Map<String, Object> root) {
        this.root = root;
    }

    public static SamTemplate read(Path file) {
        return new SamTemplate(CloudFormationYaml.read(file));
    }

    public List<Function> functions() {
        List<Function> functions = new ArrayList<>();
        Map<String, Object> globals = map(map(root.get("Globals")).get("Function"));
        for (Map.Entry<String, Object> resource : resources().entrySet()) {
            Map<String, Object> definition = map(resource.getValue());
            if (!"AWS::Serverless::Function".equals(definition.get("Type"))) {
                continue;
            }
            Map<String, Object> properties = map(definition.get("Properties"));
            Map<String, Object> environment = new LinkedHashMap<>(variables(globals));
            environment.putAll(variables(properties));
            List<Route> routes = new ArrayList<>();
            List<String> queues = new ArrayList<>();
            for (Object event : map(properties.get("Events")).values()) {
                Map<String, Object> eventDefinition = map(event);
                Map<String, Object> eventProperties = map(eventDefinition.get("Properties"));
                if ("HttpApi".equals(eventDefinition.get("Type"))) {
                    routes.add(new Route(String.valueOf(eventProperties.get("Method")).toUpperCase(),
                            String.valueOf(eventProperties.get("Path"))));
                } else if ("SQS".equals(eventDefinition.get("Type"))
                        && eventProperties.get("Queue") instanceof Intrinsic queue && "GetAtt".equals(queue.function())) {
                    queues.add(String.valueOf(queue.argument()).split("\\.", 2)[0]);
                }
            }
            Object handler = properties.getOrDefault("Handler", globals.get("Handler"));
            functions.add(new Function(resource.getKey(), String.valueOf(handler), routes, environment, queues));
        }
        return functions;
    }

    public List<Resource> tables() {
        return resourcesOfType("AWS::DynamoDB::Table");
    }

    /** The template's S3 buckets, each by its local name ({@link #localBucketName}). */
    public List<String> bucketNames() {
        return resourcesOfType("AWS::S3::Bucket").stream().map(r -> localBucketName(r.logicalId())).toList();
    }

    /** A bucket's name here: its logical id in lower case (S3 names allow no capitals). */
    public static String localBucketName(String logicalId) {
        return logicalId.toLowerCase(java.util.Locale.ROOT);
    }

    /** Every resource of a CloudFormation type, with its Properties, in template order. */
    public List<Resource> resourcesOfType(String type) {
        List<Resource> found = new ArrayList<>();
        for (Map.Entry<String, Object> resource : resources().entrySet()) {
            Map<String, Object> definition = map(resource.getValue());
            if (type.equals(definition.get("Type"))) {
                found.add(new Resource(resource.getKey(), map(definition.get("Properties"))));
            }
        }
        return found;
    }

    /** The template's SQS queues, each by its logical id (its local name). */
    public List<Resource> queues() {
        return resourcesOfType("AWS::SQS::Queue");
    }

    /** Where a queue of the template is on an emulator (moto's default account 123456789012). */
    public static String localQueueUrl(String emulatorEndpoint, String logicalId) {
        String base = emulatorEndpoint.endsWith("/") ? emulatorEndpoint : emulatorEndpoint + "/";
        return base + LOCAL_ACCOUNT + "/" + logicalId;
    }

    /** A queue's ARN on the emulator. */
    public static String localQueueArn(String logicalId) {
        return "arn:aws:sqs:us-east-1:" + LOCAL_ACCOUNT + ":" + logicalId;
    }

    /** moto's account. */
    public static final String LOCAL_ACCOUNT = "123456789012";

    public Map<String, Object> parameterDefaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        map(root.get("Parameters")).forEach((name, parameter) -> {
            Object value = map(parameter).get("Default");
            if (value != null) {
                defaults.put(name, value);
            }
        });
        return defaults;
    }

    /**
     * A function's environment for running it here: !Ref to a table or a secret gives its local name
     * (the logical id; GetSecretValue takes a name where AWS gives an ARN), !Ref to a queue its URL,
     * !Ref to a parameter its default; what only AWS can resolve is left out (the caller supplies
     * local values for it).
     */
    public Map<String, String> localEnvironment(Function function) {
        return localEnvironment(function, "http://127.0.0.1:5000");
    }

    /** As {@link #localEnvironment(Function)}, with !Ref to a queue giving its URL on this emulator. */
    public Map<String, String> localEnvironment(Function function, String emulatorEndpoint) {
        Map<String, Object> parameters = parameterDefaults();
        List<String> queueIds = queues().stream().map(Resource::logicalId).toList();
        List<String> tableIds = tables().stream().map(Resource::logicalId).toList();
        List<String> bucketIds = resourcesOfType("AWS::S3::Bucket").stream().map(Resource::logicalId).toList();
        List<String> secretIds = resourcesOfType("AWS::SecretsManager::Secret").stream().map(Resource::logicalId).toList();
        Map<String, String> environment = new LinkedHashMap<>();
        function.environment().forEach((name, value) -> {
            if (value instanceof Intrinsic intrinsic && "Ref".equals(intrinsic.function())) {
                String target = String.valueOf(intrinsic.argument());
                if (tableIds.contains(target) || secretIds.contains(target)) {
                    environment.put(name, target);
                } else if (bucketIds.contains(target)) {
                    environment.put(name, localBucketName(target));
                } else if (queueIds.contains(target)) {
                    environment.put(name, localQueueUrl(emulatorEndpoint, target));
                } else if (parameters.containsKey(target)) {
                    environment.put(name, String.valueOf(parameters.get(target)));
                }
            } else if (value != null && !(value instanceof Intrinsic)) {
                environment.put(name, String.valueOf(value));
            }
        });
        return environment;
    }

    private Map<String, Object> resources() {
        return map(root.get("Resources"));
    }

    private static Map<String, Object> variables(Map<String, Object> properties) {
        return map(map(properties.get("Environment")).get("Variables"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
