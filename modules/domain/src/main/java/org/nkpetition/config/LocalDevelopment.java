package org.nkpetition.config;

/** Values for running on a developer's machine (bin/dev, tests, bin/admin --local); never used in AWS. */
public final class LocalDevelopment {
    /** Not a secret: locally there is nothing to protect. In AWS the key comes from Secrets Manager. */
    public static final String SIGNER_HASH_KEY = "local-only-signer-hash-key-0123456789abcdef0123456789";

    /**
     * The value a template secret gets in the local emulator (tools/local-stack TemplateResources):
     * the signer hash key above for SignerHashKey, so tests hashing addresses agree with the
     * functions, and a fixed 64-character string for any other.
     */
    public static String secretValue(String logicalId) {
        if ("SignerHashKey".equals(logicalId)) {
            return SIGNER_HASH_KEY;
        }
        String value = "local-only-" + logicalId + "-0123456789abcdef0123456789abcdef0123456789abcdef";
        return value.substring(0, 64);
    }

    private LocalDevelopment() {
    }
}
