package org.nkpetition.signature;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisplayNameTest {
    @Test
    void rendersTheNameAsTheSignerChose() {
        assertEquals(Optional.of("Kim Min-ji"), DisplayName.FULL.render("Kim Min-ji"));
        assertEquals(Optional.of("K. M. J."), DisplayName.INITIALS.render("kim min-ji"));
        assertEquals(Optional.of("김."), DisplayName.INITIALS.render("김민지"));
        assertEquals(Optional.empty(), DisplayName.ANONYMOUS.render("Kim Min-ji"));
    }

    @Test
    void initialsAreTheSafeDefault() {
        assertEquals(DisplayName.INITIALS, DisplayName.DEFAULT);
        assertEquals(Optional.of(DisplayName.ANONYMOUS), DisplayName.fromCode("anonymous"));
        assertEquals(Optional.empty(), DisplayName.fromCode("nickname"));
    }
}
