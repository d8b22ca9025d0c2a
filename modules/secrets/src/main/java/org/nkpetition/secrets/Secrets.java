package org.nkpetition.secrets;

import org.nkpetition.aws.AwsClients;
import org.nkpetition.aws.SnapStartPriming;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import org.nkpetition.config.Environment;
import org.nkpetition.security.RefreshingSecret;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * A function's secrets, read at start-up from Secrets Manager and kept in memory (docs/adr/0050).
 *
 * <p>The template gives a function only the secret's ARN, as {@code NAME_SECRET_ARN}; the secret is
 * the JSON object CloudFormation generates ({@code {"key": "..."}}, GenerateStringKey: key) and its
 * {@code key} field is the value. The function's role may GetSecretValue on that secret alone.
 * Locally the template's secrets exist in moto (tools/local-stack TemplateResources), so bin/dev and
 * the tests take the same path; a plain {@code NAME} variable is accepted only as a local override
 * (benchmarks), and template.yaml never sets one (tools/local-stack SamTemplateTest).
 *
 * <p>The module declares the {@code secretsmanager} SDK client, so every function that reads a secret ships it.
 */
public final class Secrets {

    private Secrets() {
    }

    /**
     * The secret NAME: from NAME_SECRET_ARN through Secrets Manager, else the NAME variable.
     *
     * @throws IllegalStateException when neither is set
     */
    public static RefreshingSecret fromEnvironment(Environment env, String name) {
        Optional<String> arn = env.get(name + "_SECRET_ARN");
        if (arn.isEmpty()) {
            return env.get(name).map(RefreshingSecret::constant).orElseThrow(() -> new IllegalStateException(
                    "Missing environment variable " + name + "_SECRET_ARN"));
        }
        SecretsManagerClient client = AwsClients.configure(SecretsManagerClient.builder(), env, "SECRETS_MANAGER").build();
        String secretId = arn.get();
        RefreshingSecret secret = new RefreshingSecret(() -> keyField(client.getSecretValue(b -> b.secretId(secretId))
                .secretString()), RefreshingSecret.DEFAULT_MAX_AGE, Clock.systemUTC());
        return new Held(secret, SnapStartPriming.register(secret::forget, secret::forget)).secret().preload();
    }

    /** The {@code key} field of the generated secret's JSON; a secret that is not JSON is the key itself. */
    static String keyField(String secretString) {
        if (secretString == null || !secretString.trim().startsWith("{")) {
            return secretString;
        }
        try {
            Object key = JSON.std.mapFrom(secretString).get("key");
            if (!(key instanceof String text)) {
                throw new IllegalStateException("The secret has no \"key\" field");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps the snapshot hook reachable as long as the secret (CRaC holds resources weakly): before
     * a SnapStart snapshot the value is dropped, and after a restore it is read again.
     */
    private record Held(RefreshingSecret secret, SnapStartPriming hook) {
        private static final java.util.List<Held> ALL = new java.util.concurrent.CopyOnWriteArrayList<>();

        Held {
            ALL.add(this);
        }
    }
}
