package org.nkpetition.report.rendering.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A4 pages written top to bottom: a cursor that moves down, a new page (with its footer and, in
 * tables, its column headings) when the next block does not fit, and text drawn in font runs.
 *
 * <p>Memory: each page's content goes to PDFBox's temporary-file cache as soon as the page is
 * full, but PDFBox keeps every page's objects until the document is saved (about 5 KB a page).
 * So a long document is written in volumes of at most {@link #PAGES_PER_VOLUME} pages, each saved
 * and released before the next begins (volume 1 is {@code name.pdf}, then {@code name-part2.pdf}
 * ...); page numbers run on across volumes. Memory is then bounded whatever the length.
 */
final class PdfCanvas {
    static final float MARGIN = 50;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    /**
     * About 220,000 roster rows; big enough that most reports are one file, small enough to print.
     * {@code -Dreport.pdf.pagesPerVolume=} sets another size (the memory test uses small volumes to
     * show the bound without writing thousands of pages).
     */
    static final int PAGES_PER_VOLUME = Integer.getInteger("report.pdf.pagesPerVolume", 4000);
    private static final float BOTTOM = MARGIN + 20;
    private static final Color GREY = new Color(0x44, 0x44, 0x44);

    private final IntFunction<OutputStream> volumes;
    private final int pagesPerVolume;
    private final String title;
    private final String footer;
    /** Said at the foot of any page where a character could not be drawn (shown as "?"). */
    private final String missingNote;
    private long replacedAtPageStart;
    private PDDocument document;
    /** One resource dictionary and one media box shared by a volume's pages, not a copy per page. */
    private PDResources resources;
    private final PDRectangle mediaBox = new PDRectangle(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
    private PdfFonts fonts;
    private long replacedBefore;
    private int volume;
    private int pagesInVolume;
    private PDPageContentStream content;
    private float y;
    private int pages;
    private Runnable pageHeader = () -> { };

    /** {@code volumes} opens the stream for volume 1, 2, ...; each is closed when its volume is saved. */
    PdfCanvas(IntFunction<OutputStream> volumes, int pagesPerVolume, String title, String footer, String missingNote) {
        this.volumes = volumes;
        this.pagesPerVolume = pagesPerVolume;
        this.title = title;
        this.footer = footer;
        this.missingNote = missingNote;
        openVolume();
    }

    private void openVolume() {
        volume++;
        pagesInVolume = 0;
        // Page content streams are cached in a temporary file, not on the heap.
        document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(volume == 1 ? title : title + " (" + volume + ")");
        info.setCreator("petition platform delivery report");
        resources = new PDResources();
        if (fonts != null) {
            replacedBefore += fonts.replaced();
        }
        fonts = PdfFonts.embedIn(document);
    }

    private void saveVolume() {
        try (OutputStream out = volumes.apply(volume)) {
            document.save(out);
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PdfFonts fonts() {
        return fonts;
    }

    /** Characters drawn as "?" so far, in every volume. */
    long replacedCharacters() {
        return replacedBefore + fonts.replaced();
    }

    /** Drawn at the top of every page from now on (a table's column headings); none by default. */
    void onNewPage(Runnable header) {
        this.pageHeader = header;
    }

    /** Makes room for a block of the given height, starting a new page when it does not fit. */
    void need(float height) {
        if (content == null || y - height < BOTTOM) {
            newPage();
        }
    }

    void newPage() {
        finishPage();
        if (pagesInVolume == pagesPerVolume) {
            saveVolume();
            openVolume();
        }
        PDPage page = new PDPage(mediaBox);
        page.setResources(resources);
        document.addPage(page);
        pages++;
        pagesInVolume++;
        try {
            content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - MARGIN;
        replacedAtPageStart = replacedCharacters();
        Runnable header = pageHeader;
        header.run();
    }

    void down(float amount) {
        y -= amount;
    }

    float y() {
        return y;
    }

    /** One line of text with its baseline {@code size} below the cursor; the cursor moves past it. */
    void line(String text, float size, float leading, Color color) {
        need(leading);
        text(MARGIN, y - size, text, size, color);
        y -= leading;
    }

    /** Paragraph text wrapped to the page width. */
    void paragraph(String text, float size, Color color) {
        for (String line : wrap(text, size, WIDTH)) {
            line(line, size, size * 1.4f, color);
        }
    }

    void text(float x, float baseline, String text, float size, Color color) {
        cells(baseline, size, new float[] {x}, new String[] {text}, new Color[] {color});
    }

    /**
     * One line of a paragraph, in the paragraph's direction: a right-to-left paragraph's lines are
     * ordered right to left and aligned to the right margin, whatever script each line starts with.
     */
    void paragraphLine(String line, boolean rightToLeft, float size, float leading, Color color) {
        need(leading);
        String visual = VisualText.of(line, rightToLeft);
        float x = rightToLeft ? MARGIN + WIDTH - fonts.visualWidth(visual, size) : MARGIN;
        drawVisual(y - size, size, new float[] {x}, new String[] {visual}, new Color[] {color});
        y -= leading;
    }

    /**
     * Several texts on one baseline (a table row) in one text object: each cell is positioned
     * relative to the previous one, and font and colour are set only when they change. This is the
     * hot path of a long roster.
     */
    void cells(float baseline, float size, float[] x, String[] texts, Color[] colors) {
        String[] visual = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            visual[i] = VisualText.of(texts[i]);
        }
        drawVisual(baseline, size, x, visual, colors);
    }

    /** Texts already in drawing order ({@link VisualText}). */
    private void drawVisual(float baseline, float size, float[] x, String[] texts, Color[] colors) {
        try {
            content.beginText();
            float lineX = 0;
            float lineY = 0;
            Color color = null;
            org.apache.pdfbox.pdmodel.font.PDFont font = null;
            for (int i = 0; i < texts.length; i++) {
                if (texts[i].isEmpty()) {
                    continue;
                }
                content.newLineAtOffset(x[i] - lineX, baseline - lineY);
                lineX = x[i];
                lineY = baseline;
                if (!colors[i].equals(color)) {
                    content.setNonStrokingColor(colors[i]);
                    color = colors[i];
                }
                for (PdfFonts.Run run : fonts.runs(texts[i])) {
                    if (run.font() != font) {
                        content.setFont(run.font(), size);
                        font = run.font();
                    }
                    content.showText(run.text());
                }
            }
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rightAligned(float right, float baseline, String text, float size, Color color) {
        text(right - fonts.width(text, size), baseline, text, size, color);
    }

    void rectangle(float x, float bottom, float width, float height, Color color) {
        try {
            content.setNonStrokingColor(color);
            content.addRect(x, bottom, width, height);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rule(float x1, float y1, float x2, float y2) {
        try {
            content.setStrokingColor(GREY);
            content.setLineWidth(0.5f);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text cut to fit the width, ending in "…" when it had to be cut. */
    String fit(String text, float size, float width) {
        if (fonts.width(text, size) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0) {
            end = text.offsetByCodePoints(end, -1);
            String cut = text.substring(0, end) + "…";
            if (fonts.width(cut, size) <= width) {
                return cut;
            }
        }
        return "…";
    }

    /** Greedy line breaking: at spaces where there are some, anywhere in Hangul or Han runs without them. */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\r?\\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ", -1)) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fonts.width(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                for (int i = 0; i < word.length(); ) {
                    int codePoint = word.codePointAt(i);
                    String longer = line.toString() + new String(Character.toChars(codePoint));
                    if (line.length() > 0 && fonts.width(longer, size) > width) {
                        lines.add(line.toString());
                        line.setLength(0);
                        line.appendCodePoint(codePoint);
                    } else {
                        line.setLength(0);
                        line.append(longer);
                    }
                    i += Character.charCount(codePoint);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private void finishPage() {
        if (content == null) {
            return;
        }
        try {
            if (replacedCharacters() > replacedAtPageStart) {
                // Said on the page itself: a reader of a printed packet has no other page to turn to.
                text(MARGIN, MARGIN + 2, fit(missingNote, 7.5f, WIDTH), 7.5f, GREY);
            }
            text(MARGIN, MARGIN - 10, fit(footer, 7.5f, WIDTH - 60), 7.5f, GREY);
            rightAligned(MARGIN + WIDTH, MARGIN - 10, Integer.toString(pages), 7.5f, GREY);
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        content = null;
    }

    /** Finishes the last page and saves the last volume. */
    void finish() {
        finishPage();
        saveVolume();
    }
}
