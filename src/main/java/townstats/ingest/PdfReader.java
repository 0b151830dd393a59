package townstats.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF reports with Apache PDFBox: the text layer in reading order (top to bottom, left to right: these reports are set
 * in one column), page by page with each line's place, assembled by {@link Layout}; a page without text but with an
 * image (a scan) is rendered and read by {@link Ocr}.
 */
final class PdfReader {
    static {
        LibraryLogs.silence();
    }

    /** A page with fewer characters of text than this is taken as a scan (a page number alone is no text layer). */
    static final int MIN_TEXT_CHARS = 20;
    /** Scans are rendered at this resolution for OCR: what Tesseract reads best at for body text. */
    static final int OCR_DPI = 300;

    private PdfReader() {
    }

    /** The report's text: from the text layer, and from OCR for the pages that are scans. */
    static Layout.Text read(byte[] bytes, List<String> warnings) throws BadInputException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<Layout.Page> pages = new Lines().pages(pdf);
            List<Integer> scans = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                int chars = pages.get(i).lines().stream().mapToInt(l -> l.text().strip().length()).sum();
                if (chars < MIN_TEXT_CHARS && imageWidth(pdf.getPage(i).getResources(), 0) > 0) scans.add(i);
            }
            if (!scans.isEmpty()) {
                Ocr.require();
                PDFRenderer renderer = new PDFRenderer(pdf);
                Ocr.Coarse coarse = new Ocr.Coarse();
                for (int i : scans) {
                    PDPage page = pdf.getPage(i);
                    BufferedImage image = renderer.renderImageWithDPI(i, OCR_DPI, ImageType.GRAY);
                    // the scan's own resolution: a page scanned at 150 dpi is no sharper for being rendered at 300
                    double scanDpi = imageWidth(page.getResources(), 0) / (page.getMediaBox().getWidth() / 72);
                    pages.set(i, Ocr.read(image, "page " + (i + 1), Math.min(1, scanDpi / OCR_DPI), coarse));
                }
                coarse.warn(warnings);
            }
            return Layout.assemble(pages);
        } catch (InvalidPasswordException e) {
            throw new BadInputException("password-protected PDF file", e);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("truncated or damaged .pdf file", e);
        }
    }

    /** The width in pixels of the widest image the page shows (a scan), directly or inside a form; 0 for none. */
    private static int imageWidth(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 3) return 0;
        int widest = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) widest = Math.max(widest, image.getWidth());
            if (x instanceof PDFormXObject form) widest = Math.max(widest, imageWidth(form.getResources(), depth + 1));
        }
        return widest;
    }

    /**
     * PDFBox's text stripper sorting by position, with each line kept with its place (in points from the top left)
     * instead of written out.
     */
    private static final class Lines extends PDFTextStripper {
        private final List<Layout.Page> pages = new ArrayList<>();
        private List<Layout.Line> lines;
        private final StringBuilder text = new StringBuilder();
        private double left;
        private double right;
        private double top;
        private double bottom;
        private double em;

        Lines() throws IOException {
            setSortByPosition(true);
        }

        List<Layout.Page> pages(PDDocument pdf) throws IOException {
            writeText(pdf, new StringWriter());
            return pages;
        }

        @Override
        protected void startPage(PDPage page) {
            lines = new ArrayList<>();
            text.setLength(0);
        }

        @Override
        protected void endPage(PDPage page) {
            endLine();
            pages.add(new Layout.Page(lines));
        }

        @Override
        protected void writeString(String s, List<TextPosition> positions) {
            if (text.length() == 0) {
                left = Double.MAX_VALUE;
                right = -Double.MAX_VALUE;
                top = Double.MAX_VALUE;
                bottom = -Double.MAX_VALUE;
                em = 0;
            }
            text.append(s);
            for (TextPosition p : positions) {
                // an indent typed as spaces (two 　) is not where the line's text starts
                if (p.getUnicode() == null || p.getUnicode().isBlank()) continue;
                double size = Math.max(p.getFontSizeInPt(), p.getHeightDir());
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                bottom = Math.max(bottom, p.getYDirAdj());
                top = Math.min(top, p.getYDirAdj() - size);
                em = Math.max(em, size);
            }
        }

        @Override
        protected void writeWordSeparator() {
            if (text.length() > 0) text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        private void endLine() {
            if (text.length() > 0 && !text.toString().isBlank() && em > 0) {
                lines.add(new Layout.Line(text.toString().strip(), null, left, right, top, bottom, em));
            }
            text.setLength(0);
        }
    }
}
