package org.nkpetition.count;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.nkpetition.security.KeyedHash;

class CounterShardsTest {
    private final KeyedHash hash = new KeyedHash("a-test-key-that-is-long-enough-for-hmac-use");

    @Test
    void theSameSignerAlwaysGetsTheSameShardInRange() {
        for (int i = 0; i < 1000; i++) {
            String key = hash.hash("petition\nsigner" + i + "@example.org");
            int shard = CounterShards.forSigner(key, 10);
            assertTrue(shard >= 0 && shard < 10);
            assertEquals(shard, CounterShards.forSigner(new String(key.toCharArray()), 10));
        }
    }

    @Test
    void signersSpreadEvenlyOverTheShards() {
        int shards = 10;
        int signers = 20_000;
        int[] hits = new int[shards];
        for (int i = 0; i < signers; i++) {
            hits[CounterShards.forSigner(hash.hash("petition\nsigner" + i + "@example.org"), shards)]++;
        }
        for (int count : hits) {
            // Expected 2,000 each; a binomial's standard deviation here is ~42: 10 % is far outside chance.
            assertTrue(Math.abs(count - signers / shards) < signers / shards / 10, java.util.Arrays.toString(hits));
        }
    }
}
