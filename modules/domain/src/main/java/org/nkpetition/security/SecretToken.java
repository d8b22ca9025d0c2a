package org.nkpetition.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A link token in two halves, "selector.verifier": the selector (128 random bits) finds the stored
 * record, the verifier (256 random bits) proves possession. Only a SHA-256 of the verifier is stored
 * and it is compared in constant time, so neither a leaked table nor response timing gives a token away.
 */
public record SecretToken(String selector, String verifier) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern SHAPE = Pattern.compile("([A-Za-z0-9_-]{22})\\.([A-Za-z0-9_-]{43})");

    public static SecretToken generate() {
        return new SecretToken(random(16), random(32));
    }

    /** The token in a link or form, or empty when the text cannot be one of ours. */
    public static Optional<SecretToken> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var matcher = SHAPE.matcher(text.trim());
        return matcher.matches() ? Optional.of(new SecretToken(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    public String value() {
        return selector + "." + verifier;
    }

    public String verifierHash() {
        return hash(verifier);
    }

    public boolean matches(String storedVerifierHash) {
        return MessageDigest.isEqual(verifierHash().getBytes(StandardCharsets.US_ASCII),
                storedVerifierHash.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "SecretToken[redacted]";
    }

    private static String random(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return ENCODER.encodeToString(buffer);
    }

    private static String hash(String value) {
        try {
            return ENCODER.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
