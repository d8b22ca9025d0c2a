package org.nkpetition.report.rendering.pdf;

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
 * The fonts embedded in the PDFs, as subsets of the glyphs used: DejaVu Sans for Latin, Greek and
 * Cyrillic (accented names from everywhere), Nanum Gothic for Hangul and Hanja (SIL OFL 1.1), and,
 * only in documents that need it, IPAex Gothic for the Japanese characters the first two lack, such as
 * the simplified kanji 国 or 関 (IPA Font License v1.0; see resources/fonts/ and docs/adr/0071).
 * Text is split into runs by which font has each character; characters no font has are drawn as
 * "?" and counted, so the PDF can say so (CSV and HTML keep them exact).
 */
final class PdfFonts {
    static final String REPLACEMENT = "?";
    private static final String[] FILES = {"fonts/DejaVuSans.ttf", "fonts/NanumGothic.ttf", "fonts/IPAexGothic.ttf"};
    /**
     * Fonts from this index on are embedded only in a document that draws one of their characters: the
     * Japanese font is 6 MB, and most documents never need it. Which characters it has is read once per
     * container into a bit set (8 KB); its file is read again only to embed it.
     */
    private static final int FIRST_ON_DEMAND = 2;
    private static final java.util.BitSet[] COVERAGE = new java.util.BitSet[FILES.length];
    /** The font files, read from the jar once per container and shared by every document. */
    private static final byte[][] DATA = new byte[FILES.length][];

    record Run(PDType0Font font, String text) {
    }

    private final PDDocument document;
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

    private PdfFonts(PDDocument document, PDType0Font[] fonts, TrueTypeFont[] files, CmapLookup[] cmaps) {
        this.document = document;
        this.fonts = fonts;
        this.files = files;
        this.cmaps = cmaps;
    }

    static PdfFonts embedIn(PDDocument document) {
        PDType0Font[] fonts = new PDType0Font[FILES.length];
        TrueTypeFont[] files = new TrueTypeFont[FILES.length];
        CmapLookup[] cmaps = new CmapLookup[FILES.length];
        PdfFonts embedded = new PdfFonts(document, fonts, files, cmaps);
        for (int i = 0; i < FIRST_ON_DEMAND; i++) {
            embedded.load(i);
        }
        return embedded;
    }

    private void load(int index) {
        try {
            files[index] = new TTFParser().parse(new RandomAccessReadBuffer(data(index)));
            // Without glyph substitution (ligatures such as "fi"): every character is drawn as
            // itself, so text copied from the PDF is the text signers wrote, and PDFBox skips
            // its per-string substitution pass, a quarter of the time of a long roster. Hangul
            // syllables are precomposed and need no substitution. The subset embedded in the
            // PDF never carries this table anyway.
            files[index].getTableMap().remove("GSUB");
            cmaps[index] = files[index].getUnicodeCmapLookup();
            fonts[index] = PDType0Font.load(document, files[index], true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the on-demand font {@code index} has {@code codePoint}, without embedding it. */
    private static synchronized boolean covers(int index, int codePoint) {
        if (COVERAGE[index] == null) {
            java.util.BitSet coverage = new java.util.BitSet(0x10000);
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FILES[index])) {
                if (in == null) {
                    throw new IOException("Missing " + FILES[index]);
                }
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                CmapLookup cmap = font.getUnicodeCmapLookup();
                for (int c = 0; c < 0x10000; c++) {
                    if (cmap.getGlyphId(c) != 0) {
                        coverage.set(c);
                    }
                }
                font.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            COVERAGE[index] = coverage;
        }
        return codePoint < 0x10000 && COVERAGE[index].get(codePoint);
    }

    private static synchronized byte[] data(int index) throws IOException {
        if (index >= FIRST_ON_DEMAND) {
            // Not kept: documents that need the Japanese font are few, and 6 MB held for good would be
            // taken from every report's heap.
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FILES[index])) {
                if (in == null) {
                    throw new IOException("Missing " + FILES[index]);
                }
                return in.readAllBytes();
            }
        }
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
            if (cmaps[i] == null) {
                if (!covers(i, codePoint)) {
                    continue;
                }
                load(i);
            }
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

    /** How many characters so far could not be drawn with any font. */
    long replaced() {
        return replaced;
    }
}
