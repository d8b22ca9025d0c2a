package org.nkpetition.config;

/** Values for running on a developer's machine (bin/dev, tests, bin/admin --local); never used in AWS. */
public final class LocalDevelopment {
    /** Not a secret: locally there is nothing to protect. In AWS the key comes from Secrets Manager. */
    public static final String SIGNER_HASH_KEY = "local-only-signer-hash-key-0123456789abcdef0123456789";

    private LocalDevelopment() {
    }
}
