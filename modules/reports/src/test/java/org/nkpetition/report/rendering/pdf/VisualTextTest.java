package org.nkpetition.report.rendering.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VisualTextTest {
    @Test
    void hebrewIsDrawnRightToLeft() {
        assertEquals("\u05DD\u05D5\u05DC\u05E9", VisualText.of("\u05E9\u05DC\u05D5\u05DD")); // שלום
        assertTrue(VisualText.isRightToLeft("\u05E9\u05DC\u05D5\u05DD Ann"));
        assertFalse(VisualText.isRightToLeft("Ann \u05E9\u05DC\u05D5\u05DD"));
    }

    @Test
    void arabicIsShapedAndReversed() {
        // محمد: meem initial, hah medial, meem medial, dal final; drawn right to left.
        String visual = VisualText.of("\u0645\u062D\u0645\u062F");
        assertEquals("\uFEAA\uFEE4\uFEA4\uFEE3", visual);
        // لا: lam-alef becomes its ligature.
        assertEquals("\uFEFB", VisualText.of("\u0644\u0627"));
    }

    @Test
    void mixedLinesKeepEachRunInItsOrder() {
        assertEquals("Ann \u05DD\u05D5\u05DC\u05E9 Lee", VisualText.of("Ann \u05E9\u05DC\u05D5\u05DD Lee"));
        // Numbers after Hebrew join its run (UAX #9 rules W and N), as a browser shows them.
        assertEquals("Ann (2026) \u05DD\u05D5\u05DC\u05E9", VisualText.of("Ann \u05E9\u05DC\u05D5\u05DD (2026)"));
    }

    @Test
    void decomposedHangulIsComposedAndControlsRemoved() {
        assertEquals("김민지", VisualText.of("\u1100\u1175\u11B7\u1106\u1175\u11AB\u110C\u1175"));
        assertEquals("José", VisualText.of("Jose\u0301"));
        assertEquals("AnnLee", VisualText.of("Ann\u200BLee"));
        // An override in free text is applied, then removed: it draws nothing itself.
        assertEquals("ab", VisualText.of("\u202Eba\u202C"));
    }
}
