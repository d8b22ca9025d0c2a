package org.nkpetition.signature;

import java.util.Locale;
import org.nkpetition.email.CanonicalMailbox;

/**
 * The form of an address used to tell signers apart: {@link CanonicalMailbox} (one key per
 * mailbox: case, "+tag", quotes, IDN spellings and Gmail's dots do not make a second signer).
 */
public final class CanonicalEmail {
    private CanonicalEmail() {
    }

    public static String of(String email) {
        return CanonicalMailbox.of(email);
    }

    /**
     * The key rule before issue 12 (trimmed, lower-cased, "+tag" removed, nothing else): signatures
     * made under it are keyed by it, so erasure looks under both until they have all expired or
     * been delivered (see docs/adr/0401).
     */
    public static String legacy(String email) {
        String lower = email.trim().toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        if (at < 0) {
            return lower;
        }
        String local = lower.substring(0, at);
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        return local + lower.substring(at);
    }
}
