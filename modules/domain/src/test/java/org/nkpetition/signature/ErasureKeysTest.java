package org.nkpetition.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nkpetition.security.KeyedHash;

/** Erasure looks under today's key and the key signatures had before the canonical mailbox. */
class ErasureKeysTest {
    private final SigningService signing = new SigningService(null, null, null, new KeyedHash("test-key-test-key-test-key-32-bytes"),
            Duration.ofDays(7));

    @Test
    void oneKeyWhenTheRulesAgreeTwoWhenTheyDiffer() {
        assertEquals(1, signing.signerKeys("p", "ann@example.org").size());
        Set<String> keys = signing.signerKeys("p", "First.Last@googlemail.com");
        assertEquals(2, keys.size());
        assertTrue(keys.contains(signing.signerKey("p", "firstlast@gmail.com")), "today's key: the canonical mailbox");
    }
}
