package townstats.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Test files made as an office makes them: a report's text typeset into an A4 PDF as Word prints one (paragraphs
 * indented two characters and wrapped at the margin, a running header, a page number in the footer), in the
 * project's bundled CJK font; the same PDF's pages as images, as a scanner gives them.
 */
public final class TestPdfs {
    static final float FONT_SIZE = 12;
    static final float MARGIN = 72;
    static final float LEADING = 20;

    static {
        LibraryLogs.silence();
    }

    private TestPdfs() {
    }

    /** Writes {@code text} (one paragraph a line, as the sample .txt files are) to a PDF with a text layer. */
    public static void write(String text, String header, Path pdf) throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream ttc = TestPdfs.class.getResourceAsStream("/townstats/fonts/wqy-microhei.ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(ttc);
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) first[0] = f;
            });
            PDType0Font font = PDType0Font.load(doc, first[0], true);
            org.apache.fontbox.ttf.CmapLookup cmap = first[0].getUnicodeCmapLookup();
            PDRectangle a4 = PDRectangle.A4;
            float width = a4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.replace("\r", "").split("\n", -1)) {
                String p = paragraph.strip().replace('\u3000', ' ');
                if (p.isEmpty()) {
                    lines.add("");
                    continue;
                }
                String indented = "\u3000\u3000" + p;
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < indented.length(); ) {
                    int cp = indented.codePointAt(i);
                    String c = new String(Character.toChars(cp));
                    if (cmap.getGlyphId(cp) == 0) c = " "; // none in the font: a space, as a printer shows a box
                    if (width(font, line + c) > width && line.length() > 0) {
                        // as Word does, a run of Latin letters and digits (2022, MW) is not broken
                        int k = line.length();
                        while (k > 0 && latin(line.charAt(k - 1)) && latin(c.charAt(0))) k--;
                        if (k == 0) k = line.length();
                        lines.add(line.substring(0, k));
                        line.delete(0, k);
                    }
                    line.append(c);
                    i += Character.charCount(cp);
                }
                lines.add(line.toString());
            }
            int perPage = (int) ((a4.getHeight() - 2 * MARGIN) / LEADING);
            int pages = Math.max(1, (lines.size() + perPage - 1) / perPage);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(a4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (header != null) text(cs, font, 9, MARGIN, a4.getHeight() - 40, header);
                    String number = "- " + (p + 1) + " -";
                    text(cs, font, 9, a4.getWidth() / 2 - width(font, number) * 9 / FONT_SIZE / 2, 36, number);
                    float y = a4.getHeight() - MARGIN;
                    for (int k = p * perPage; k < Math.min(lines.size(), (p + 1) * perPage); k++) {
                        if (!lines.get(k).isEmpty()) text(cs, font, FONT_SIZE, MARGIN, y, lines.get(k));
                        y -= LEADING;
                    }
                }
            }
            doc.save(pdf.toFile());
        }
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static float width(PDType0Font font, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * FONT_SIZE;
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** The pages of a PDF as grey images at {@code dpi}, as a scanner gives them. */
    public static List<BufferedImage> render(Path pdf, int dpi) throws IOException {
        List<BufferedImage> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) out.add(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY));
        }
        return out;
    }

    /** A PDF of scanned pages: each image a page, no text layer. */
    public static void scanned(List<BufferedImage> pages, int dpi, Path pdf) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDRectangle size = new PDRectangle(image.getWidth() * 72f / dpi, image.getHeight() * 72f / dpi);
                PDPage page = new PDPage(size);
                doc.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            doc.save(pdf.toFile());
        }
    }

    public static void png(BufferedImage image, Path file) throws IOException {
        ImageIO.write(image, "png", file.toFile());
    }
}
