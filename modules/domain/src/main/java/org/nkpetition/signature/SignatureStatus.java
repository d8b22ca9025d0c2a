package org.nkpetition.signature;

import java.util.Locale;

public enum SignatureStatus {
    /** Submitted, waiting for the signer to confirm by email; expires. */
    PENDING,
    /** Confirmed by the signer; counted. (A withdrawal deletes the signature: docs/adr/0007.) */
    CONFIRMED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SignatureStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
