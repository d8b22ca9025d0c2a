package org.nkpetition.localstack;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nkpetition.secrets.Secrets;
import org.nkpetition.config.Environment;
import org.nkpetition.config.LocalDevelopment;
import org.nkpetition.security.RefreshingSecret;
import org.nkpetition.security.SecretUnavailableException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The deployed path of docs/adr/0050 against moto: a function given only NAME_SECRET_ARN reads the
 * key from Secrets Manager (by ARN, as in AWS, or by the local name the template's !Ref gives here),
 * sees a rotation once it forgets (restore) and never sees the secret in its configuration.
 */
class SecretsFromTemplateTest {
    private final LocalStack stack = LocalStack.get();

    @Test
    void theTemplatesSecretsExistInMotoWithTheirLocalValues() {
        Map<String, String> env = stack.environment("SignFunction", Map.of());
        assertEquals("SignerHashKey", env.get("SIGNER_HASH_KEY_SECRET_ARN"));
        assertFalse(env.containsKey("SIGNER_HASH_KEY"), "the key is not in the configuration");
        RefreshingSecret key = Secrets.fromEnvironment(new Environment(env), "SIGNER_HASH_KEY");
        assertEquals(LocalDevelopment.SIGNER_HASH_KEY, key.get(), "read from moto's Secrets Manager");
    }

    @Test
    void byArnAsInAwsWithRotationSeenAfterARestore() {
        SecretsManagerClient client = client();
        String arn = client.createSecret(b -> b.name("test-rotation-" + System.nanoTime())
                .secretString("{\"key\":\"first-value-0123456789abcdef0123456789abcdef\"}")).arn();
        Map<String, String> env = new HashMap<>(stack.environment("SignFunction", Map.of()));
        env.put("LINK_KEY_SECRET_ARN", arn);
        RefreshingSecret secret = Secrets.fromEnvironment(new Environment(env), "LINK_KEY");
        assertEquals("first-value-0123456789abcdef0123456789abcdef", secret.get());

        client.putSecretValue(b -> b.secretId(arn).secretString("{\"key\":\"second-value-0123456789abcdef0123456789abcd\"}"));
        assertEquals("first-value-0123456789abcdef0123456789abcdef", secret.get(), "kept in memory between refreshes");
        secret.forget();
        assertEquals("second-value-0123456789abcdef0123456789abcd", secret.get(), "read again after a restore");
    }

    @Test
    void anUnknownSecretIsUnavailableNotACrash() {
        Map<String, String> env = new HashMap<>(stack.environment("SignFunction", Map.of()));
        env.put("MISSING_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:nothing-here-AbCdEf");
        RefreshingSecret secret = Secrets.fromEnvironment(new Environment(env), "MISSING");
        assertThrows(SecretUnavailableException.class, secret::get);
    }

    private SecretsManagerClient client() {
        return EmulatorClients.configure(SecretsManagerClient.builder(), stack.moto().endpoint()).build();
    }
}
