package org.nkpetition.localstack;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Instantiates the real handler classes named in template.yaml with the environment the template
 * gives them, plus local values for what only AWS resolves (endpoints, mail outbox).
 */
public final class LocalFunctions {
    /** Not a secret: only for local runs, where there is nothing to protect. */
    public static final String LOCAL_SIGNER_HASH_KEY = org.nkpetition.config.LocalDevelopment.SIGNER_HASH_KEY;

    private final SamTemplate template;
    private final Map<String, String> overrides;

    public LocalFunctions(SamTemplate template, Map<String, String> overrides) {
        this.template = template;
        this.overrides = Map.copyOf(overrides);
        // The SDK's default credential chain reads these first; moto accepts any.
        System.setProperty("aws.accessKeyId", System.getProperty("aws.accessKeyId", "local"));
        System.setProperty("aws.secretAccessKey", System.getProperty("aws.secretAccessKey", "local"));
    }

    /**
     * Local values every function gets: region and the emulator as every service's endpoint. Secrets
     * are not among them: the functions read them from the emulator's Secrets Manager, as in AWS.
     */
    public static Map<String, String> defaults(String emulatorEndpoint) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("AWS_REGION", "us-east-1");
        values.put("AWS_ENDPOINT_URL", emulatorEndpoint);
        // One serialized moto serves every call of every test: allow it far more than AWS's 2 s.
        values.put("SDK_CALL_TIMEOUT_MS", "60000");
        values.put("SDK_ATTEMPT_TIMEOUT_MS", "30000");
        // Locally a confirmation shows in the count at once (tests read it straight after).
        values.put("COUNT_CACHE_MILLIS", "0");
        // ...and a petition closed or edited (bin/admin, tests) takes effect at once.
        values.put("PETITION_CACHE_MILLIS", "0");
        return values;
    }

    public SamTemplate.Function function(String logicalId) {
        return template.functions().stream().filter(f -> f.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No function " + logicalId + " in template.yaml"));
    }

    public Map<String, String> environment(SamTemplate.Function function) {
        Map<String, String> environment = new LinkedHashMap<>(template.localEnvironment(function,
                overrides.getOrDefault("AWS_ENDPOINT_URL", "http://127.0.0.1:5000")));
        environment.putAll(overrides);
        return environment;
    }

    @SuppressWarnings("unchecked")
    public <I, O> RequestHandler<I, O> handler(SamTemplate.Function function) {
        try {
            Class<?> type = Class.forName(function.handlerClass());
            return (RequestHandler<I, O>) type.getConstructor(Map.class).newInstance(environment(function));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Handler " + function.handlerClass() + " failed to start", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Handler " + function.handlerClass()
                    + " needs a public constructor taking the environment map", e);
        }
    }
}
