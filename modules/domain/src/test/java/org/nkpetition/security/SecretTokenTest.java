package org.nkpetition.security;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokenTest {
    @Test
    void tokensAreRandomAndParseBack() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            SecretToken token = SecretToken.generate();
            assertTrue(seen.add(token.value()));
            assertEquals(token, SecretToken.parse(token.value()).orElseThrow());
            assertEquals(22 + 1 + 43, token.value().length(), "128-bit selector, 256-bit verifier, base64url");
        }
    }

    @Test
    void onlyTheVerifiersHashIsComparedAndItIsNotTheVerifier() {
        SecretToken token = SecretToken.generate();
        String stored = token.verifierHash();
        assertNotEquals(token.verifier(), stored);
        assertTrue(token.matches(stored));
        SecretToken other = new SecretToken(token.selector(), SecretToken.generate().verifier());
        assertFalse(other.matches(stored));
    }

    @Test
    void anythingElseIsNotAToken() {
        for (String text : new String[] {null, "", "abc", "x".repeat(66), "AAAAAAAAAAAAAAAAAAAAAA.BBB", "<script>.x",
            "AAAAAAAAAAAAAAAAAAAAAA BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"}) {
            assertTrue(SecretToken.parse(text).isEmpty(), String.valueOf(text));
        }
    }

    @Test
    void neverPrintsItself() {
        SecretToken token = SecretToken.generate();
        assertFalse(token.toString().contains(token.verifier()));
    }

    @Test
    void keyedHashesDependOnTheKey() {
        KeyedHash one = new KeyedHash("a".repeat(32));
        KeyedHash two = new KeyedHash("b".repeat(32));
        assertEquals(one.hash("ann@example.org"), one.hash("ann@example.org"));
        assertNotEquals(one.hash("ann@example.org"), two.hash("ann@example.org"));
        assertThrows(IllegalStateException.class, () -> new KeyedHash("short"));
    }
}
