package org.nkpetition.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts embedded in every PDF, as subsets of the glyphs used: DejaVu Sans for Latin, Greek and
 * Cyrillic (accented names from everywhere), Nanum Gothic for Hangul and Hanja (SIL OFL 1.1; see
 * resources/fonts/). Text is split into runs by which font has each character; characters
 * neither has are drawn as "?" and counted, so the PDF can say so (CSV and HTML keep them exact).
 */
final class PdfFonts {
    static final String REPLACEMENT = "?";
    private static final String[] FILES = {"fonts/DejaVuSans.ttf", "fonts/NanumGothic.ttf"};
    /** The font files, read from the jar once per container and shared by every document. */
    private static final byte[][] DATA = new byte[FILES.length][];

    record Run(PDType0Font font, String text) {
    }

    private final PDType0Font[] fonts;
    private final TrueTypeFont[] files;
    private final CmapLookup[] cmaps;
    /**
     * Per character of the Basic Multilingual Plane: which font draws it (index + 1; 0 = not
     * looked up yet; -1 = none) and its advance width at size 1. Roster rows measure every cell,
     * so these lookups are the hot path of a long PDF.
     */
    private final byte[] fontOf = new byte[0x10000];
    private final float[] advance = new float[0x10000];
    private long replaced;

    private PdfFonts(PDType0Font[] fonts, TrueTypeFont[] files, CmapLookup[] cmaps) {
        this.fonts = fonts;
        this.files = files;
        this.cmaps = cmaps;
    }

    static PdfFonts embedIn(PDDocument document) {
        PDType0Font[] fonts = new PDType0Font[FILES.length];
        TrueTypeFont[] files = new TrueTypeFont[FILES.length];
        CmapLookup[] cmaps = new CmapLookup[FILES.length];
        try {
            for (int i = 0; i < FILES.length; i++) {
                files[i] = new TTFParser().parse(new RandomAccessReadBuffer(data(i)));
                // Without glyph substitution (ligatures such as "fi"): every character is drawn as
                // itself, so text copied from the PDF is the text signers wrote, and PDFBox skips
                // its per-string substitution pass, a quarter of the time of a long roster. Hangul
                // syllables are precomposed and need no substitution. The subset embedded in the
                // PDF never carries this table anyway.
                files[i].getTableMap().remove("GSUB");
                cmaps[i] = files[i].getUnicodeCmapLookup();
                fonts[i] = PDType0Font.load(document, files[i], true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PdfFonts(fonts, files, cmaps);
    }

    private static synchronized byte[] data(int index) throws IOException {
        if (DATA[index] == null) {
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FILES[index])) {
                if (in == null) {
                    throw new IOException("Missing " + FILES[index]);
                }
                DATA[index] = in.readAllBytes();
            }
        }
        return DATA[index];
    }

    /** Consecutive characters grouped by the font that draws them. */
    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>(2);
        StringBuilder current = new StringBuilder();
        int currentFont = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isISOControl(codePoint)) {
                codePoint = ' ';
            }
            int font = fontFor(codePoint);
            String drawn;
            if (font < 0) {
                font = 0;
                drawn = REPLACEMENT;
                replaced++;
            } else {
                drawn = new String(Character.toChars(codePoint));
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(fonts[currentFont], current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.append(drawn);
        }
        if (current.length() > 0) {
            runs.add(new Run(fonts[currentFont], current.toString()));
        }
        return runs;
    }

    private int fontFor(int codePoint) {
        if (codePoint < fontOf.length && fontOf[codePoint] != 0) {
            return fontOf[codePoint] - 1;
        }
        int found = -1;
        for (int i = 0; i < cmaps.length && found < 0; i++) {
            if (cmaps[i].getGlyphId(codePoint) != 0) {
                found = i;
            }
        }
        if (codePoint < fontOf.length) {
            fontOf[codePoint] = (byte) (found + 1);
            advance[codePoint] = found < 0 ? advanceOf(0, '?') : advanceOf(found, codePoint);
        }
        return found;
    }

    /** Advance width at size 1, from the font file's metrics (what the PDF viewer will use). */
    private float advanceOf(int font, int codePoint) {
        try {
            int glyph = cmaps[font].getGlyphId(codePoint);
            return files[font].getAdvanceWidth(glyph) / (float) files[font].getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The width the text takes at this size, as drawn: shaped and reordered ({@link VisualText}), with replacements. */
    float width(String text, float size) {
        return visualWidth(VisualText.of(text), size);
    }

    /** The width of text already in drawing order. */
    float visualWidth(String text, float size) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isISOControl(codePoint)) {
                codePoint = ' ';
            }
            int font = fontFor(codePoint);
            width += codePoint < advance.length ? advance[codePoint]
                    : font < 0 ? advanceOf(0, '?') : advanceOf(font, codePoint);
        }
        return width * size;
    }

    /** How many characters so far could not be drawn with either font. */
    long replaced() {
        return replaced;
    }
}
