package org.nkpetition.report.rendering.pdf;

import java.text.Normalizer;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.nkpetition.text.InvisibleCharacters;

/**
 * Text as a PDF must draw it. PDFBox draws the characters of a string left to right, one glyph
 * each, and does neither of the two things a text engine does for right-to-left scripts. So,
 * before drawing, with ICU4J:
 *
 * <ol>
 *   <li>NFC: decomposed text (a Mac's NFD, loose Hangul jamo) becomes the precomposed characters
 *       the fonts have glyphs for;
 *   <li>Arabic shaping ({@link ArabicShaping}): each letter becomes its initial, medial, final or
 *       isolated presentation form and lam-alef its ligature, which DejaVu Sans draws;
 *   <li>the Unicode bidi algorithm (UAX #9, {@link Bidi}): the line in visual order, mirrored
 *       brackets, combining marks kept after their base, bidi controls applied then removed;
 *   <li>invisible characters removed: they have no glyph and would show as "?".
 * </ol>
 *
 * Text with no right-to-left character and nothing to compose is returned as it is (the roster's
 * hot path). Scripts that need shaping ICU does not do (Indic, for instance) still draw, letter
 * by letter; characters no font has are counted by {@link PdfFonts} and noted on the page.
 */
final class VisualText {
    private static final ArabicShaping SHAPING = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.LENGTH_GROW_SHRINK | ArabicShaping.TEXT_DIRECTION_LOGICAL);

    private VisualText() {
    }

    /** One line in drawing order, its direction taken from its first strong character (LTR if none). */
    static String of(String logical) {
        return of(logical, Bidi.LEVEL_DEFAULT_LTR);
    }

    /** One line of a paragraph whose direction is known ({@code rightToLeft} from {@link #isRightToLeft}). */
    static String of(String logical, boolean rightToLeft) {
        return of(logical, rightToLeft ? (byte) 1 : (byte) 0);
    }

    /** Whether the paragraph reads right to left: its first strong character is Hebrew, Arabic ... */
    static boolean isRightToLeft(String paragraph) {
        return Bidi.getBaseDirection(paragraph) == Bidi.RTL;
    }

    private static String of(String logical, byte level) {
        String text = Normalizer.isNormalized(logical, Normalizer.Form.NFC)
                ? logical : Normalizer.normalize(logical, Normalizer.Form.NFC);
        if (!needsBidi(text)) {
            return InvisibleCharacters.removeFrom(text, "");
        }
        try {
            String shaped = SHAPING.shape(text);
            Bidi bidi = new Bidi();
            bidi.setPara(shaped, level, null);
            String visual = bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING | Bidi.REMOVE_BIDI_CONTROLS);
            return InvisibleCharacters.removeFrom(visual, "");
        } catch (ArabicShapingException | RuntimeException e) {
            // Unshapeable text still draws, in logical order: better a misordered line than no report.
            return InvisibleCharacters.removeFrom(text, "");
        }
    }

    /** Any right-to-left character or bidi control: without one, logical order is visual order. */
    private static boolean needsBidi(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            byte direction = Character.getDirectionality(c);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                    || direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING
                    || direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE
                    || direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE
                    || direction == Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
