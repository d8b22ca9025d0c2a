package org.nkpetition.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RequestTargetTest {
    @Test
    void rawUtf8IsPercentEncodedAndExistingEscapesAreKept() {
        assertEquals("q=%EB%B0%95%EB%8F%99%EC%B2%A0&lang=ko", RequestTarget.encode("q=박동철&lang=ko"));
        assertEquals("q=%EB%B0%95", RequestTarget.encode("q=%EB%B0%95"));
        assertEquals("q=Lee%20Seol-hwa", RequestTarget.encode("q=Lee Seol-hwa"));
        assertEquals("q=100%25&r=%252", RequestTarget.encode("q=100%&r=%2"));
        assertEquals("", RequestTarget.encode(null));
    }

    /** Any text: the result is plain URI text, decodes back to the input, and encoding it again changes nothing. */
    @Test
    void encodingRoundTripsAndIsIdempotentForAnyText() {
        Random random = new Random(9);
        String alphabet = "aZ9-._~!$&'()*+,;=:@/? \"<>\\^`{|}\t\u0000\u007f박동철é李\uD83D\uDE00";
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                int index = random.nextInt(alphabet.length() - 1);
                text.append(Character.isHighSurrogate(alphabet.charAt(index)) ? alphabet.substring(index, index + 2)
                        : Character.isLowSurrogate(alphabet.charAt(index)) ? "x" : alphabet.substring(index, index + 1));
            }
            String encoded = RequestTarget.encode(text.toString());
            assertTrue(encoded.chars().allMatch(c -> c > 32 && c < 127 && "\"<>\\^`{|}".indexOf(c) < 0), encoded);
            assertEquals(text.toString(), URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
            assertEquals(encoded, RequestTarget.encode(encoded));
        }
    }
}
