package org.nkpetition.signature;

import java.util.Locale;

/**
 * The form of an address used to tell signers apart: trimmed, lower-cased, with any "+tag"
 * removed from the local part, so "Ann+petition@Example.org" and "ann@example.org" sign once.
 */
public final class CanonicalEmail {
    private CanonicalEmail() {
    }

    public static String of(String email) {
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
