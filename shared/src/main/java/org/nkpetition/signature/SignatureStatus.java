package org.nkpetition.signature;

import java.util.Locale;

public enum SignatureStatus {
    /** Submitted, waiting for the signer to confirm by email; expires. */
    PENDING,
    /** Confirmed by the signer; counted. */
    CONFIRMED,
    /** Withdrawn by the signer after confirmation; no longer counted, personal data removed. */
    WITHDRAWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SignatureStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
