package org.nkpetition.count;

/**
 * Which counter shard a signer's confirmation (and a later withdrawal) updates: derived from the
 * signer key, a keyed hash, so signers spread evenly over the shards, the same signer always hits
 * the same shard (a withdrawal uncounts where the confirmation counted), and no random generator
 * state can be frozen into a SnapStart snapshot and replayed by every restored container.
 */
public final class CounterShards {
    private CounterShards() {
    }

    /**
     * @param signerKey the signer's keyed hash (uniformly distributed)
     * @param shards    the petition's number of counter shards (COUNTER_SHARDS, at least 1)
     * @return a shard in [0, shards)
     */
    public static int forSigner(String signerKey, int shards) {
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be at least 1");
        }
        // String.hashCode is fixed by the Java specification: the same on every JVM and container.
        return Math.floorMod(signerKey.hashCode(), shards);
    }
}
