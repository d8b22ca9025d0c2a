package org.nkpetition.report.links;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring tokens naming one report file, for the links in the organisers' email
 * (docs/adr/0051). A token is {@code base64url(payload) "." base64url(HMAC-SHA256(key, payload))}
 * with payload {@code "r1\n" + expiry (epoch seconds) + "\n" + object key}; the key is the
 * ReportLinkSigningKey secret. Nothing secret is in the payload: it names a file the bearer may
 * fetch until the expiry, and nothing else.
 *
 * <p>{@link #check} accepts only a token this key made, unchanged, for an object key under
 * {@code reports/}; no input makes it throw (only an unreadable key does:
 * {@code SecretUnavailableException}, a 503).
 */
public final class ReportLinkTokens {
    /** Longer than any token we make (object keys are short); longer input is refused unread. */
    static final int MAX_TOKEN_LENGTH = 600;
    private static final String VERSION = "r1";
    private static final int MINIMUM_KEY_LENGTH = 32;
    /** reports/{petitionId}/{cutoff folder}/{file}: the layout of {@link ReportFileKeys}, and nothing else. */
    private static final Pattern OBJECT_KEY = Pattern.compile("reports/[A-Za-z0-9._-]{1,100}/[A-Za-z0-9._:+-]{1,40}/[A-Za-z0-9._-]{1,100}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final Supplier<String> key;

    public ReportLinkTokens(Supplier<String> key) {
        this.key = key;
    }

    /** What a token says, once its signature holds. */
    public sealed interface Check {
    }

    /** A good token: the object it names and until when. */
    public record Valid(String objectKey, Instant expiresAt) implements Check {
    }

    /** Made by us, but its time has passed. */
    public record Expired(Instant expiredAt) implements Check {
    }

    /** Not made by us with this key, altered, truncated, or not a token at all. */
    public record Invalid() implements Check {
    }

    /**
     * A token for {@code objectKey} until {@code expiresAt}.
     *
     * @throws IllegalArgumentException when the object key is not a report file's key
     */
    public String issue(String objectKey, Instant expiresAt) {
        if (!OBJECT_KEY.matcher(objectKey).matches() || objectKey.contains("..")) {
            throw new IllegalArgumentException("Not a report file's key");
        }
        byte[] payload = (VERSION + "\n" + expiresAt.getEpochSecond() + "\n" + objectKey).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /** Checks a token from a request at time {@code now}; no input makes it throw. */
    public Check check(String token, Instant now) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return new Invalid();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return new Invalid();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return new Invalid();
        }
        // Constant time: a forger learns nothing from how long a wrong signature takes to refuse.
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            return new Invalid();
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0]) || !OBJECT_KEY.matcher(parts[2]).matches()
                || parts[2].contains("..") || !parts[1].matches("[0-9]{1,12}")) {
            return new Invalid();
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        return now.isBefore(expiresAt) ? new Valid(parts[2], expiresAt) : new Expired(expiresAt);
    }

    private byte[] mac(byte[] payload) {
        String secret = key.get();
        if (secret == null || secret.length() < MINIMUM_KEY_LENGTH) {
            throw new IllegalStateException("The report link key must be at least " + MINIMUM_KEY_LENGTH + " characters");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update("report-link\n".getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
