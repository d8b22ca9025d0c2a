package org.nkpetition.updates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * News for the signers who asked for it. Its id, unless given, is derived from its words, so
 * running the same notification again reaches only those it has not reached.
 */
public record Notification(String id, String subject, String body) {
    public static Notification of(String subject, String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((subject + "\n" + body).getBytes(StandardCharsets.UTF_8));
            return new Notification(HexFormat.of().formatHex(digest, 0, 8), subject, body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
