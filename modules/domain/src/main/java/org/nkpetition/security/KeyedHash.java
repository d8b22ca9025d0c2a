package org.nkpetition.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under a secret key: a stable identifier for an email address that cannot be reversed
 * or brute-forced from the table alone (a plain hash of an address can be, by hashing address lists).
 */
public final class KeyedHash {
    private static final int MINIMUM_KEY_LENGTH = 32;
    private final Supplier<String> secret;

    public KeyedHash(String secret) {
        this(() -> secret);
        key();
    }

    /**
     * With a key read when needed (a {@link RefreshingSecret} from Secrets Manager).
     *
     * @throws SecretUnavailableException from {@link #hash} when the key cannot be read
     */
    public KeyedHash(Supplier<String> secret) {
        this.secret = secret;
    }

    private SecretKeySpec key() {
        String current = secret.get();
        if (current == null || current.length() < MINIMUM_KEY_LENGTH) {
            throw new IllegalStateException("The signer hash key must be at least " + MINIMUM_KEY_LENGTH + " characters");
        }
        return new SecretKeySpec(current.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
