package townstats.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word reports as text with Apache POI: one line per paragraph, one line per table row with its cells
 * separated by spaces (so a row like 固定资产投资 | 1.2亿元 still reads as one figure).
 */
final class WordReader {
    static {
        // POI logs through log4j-api; without a log4j implementation on the class path it prints an
        // "ERROR StatusLogger ..." line on first use. Its simple logger, switched off, keeps the output clean.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    /**
     * A .docx is a zip: a few kilobytes can unpack to gigabytes. No township report's .docx comes near 100 MB unpacked
     * (its text is a few MB of XML, its photos are stored about as packed, the file itself is at most 20 MB), so the
     * parts are counted as they unpack and reading stops there. POI's own guards (ZipSecureFile, default 4 GB a part)
     * are set to the same size, and keep their ratio (no part packed more than 100-fold) and part count.
     */
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
    static final double MIN_PACKED_RATIO = 0.01;
    static final long MAX_PARTS = 1000;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_PACKED_RATIO);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    static final String TOO_BIG = "zip bomb: expands beyond " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB";

    private WordReader() {
    }

    static String read(byte[] bytes, String format) throws BadInputException {
        FileMagic magic = FileMagic.valueOf(bytes);
        try {
            // An encrypted .docx (and an encrypted .doc's sibling format) is an OLE2 container holding the
            // encrypted package; a plain OLE2 file is an old .doc, whatever its name says.
            if (magic == FileMagic.OLE2 && isEncryptedPackage(bytes)) throw new BadInputException("password-protected Word file");
            if (magic == FileMagic.OOXML) {
                if (unpacksBeyondLimit(bytes)) throw new BadInputException(TOO_BIG);
                return docx(bytes);
            }
            if (magic == FileMagic.OLE2) return doc(bytes);
        } catch (EncryptedDocumentException e) {
            throw new BadInputException("password-protected Word file", e);
        } catch (IOException | RuntimeException e) {
            String bomb = zipBomb(e);
            if (bomb != null) throw new BadInputException(bomb, e);
            // POI's messages differ by where the file was cut; the user needs only this (the cause is kept).
            throw new BadInputException("truncated or damaged ." + format + " file", e);
        }
        throw new BadInputException("not a Word file (." + format + " with content " + magic + ")");
    }

    /**
     * True when the parts together unpack to more than {@link #MAX_UNPACKED_BYTES}: counted while inflating (the sizes a
     * zip declares can lie), in constant memory, stopping at the limit. A zip this cannot read is left to POI to judge.
     */
    static boolean unpacksBeyondLimit(byte[] bytes) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            while (zip.getNextEntry() != null) {
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /**
     * The reason when one of ZipSecureFile's limits stopped POI, else null. POI says which by naming the setter of
     * the limit in its message (it has no exception class of its own for this), wrapped at any depth.
     */
    static String zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("setMaxEntrySize")) return TOO_BIG;
            if (m.contains("setMinInflateRatio")) return "zip bomb: expands more than " + Math.round(1 / MIN_PACKED_RATIO) + "-fold";
            if (m.contains("setMaxFileCount")) return "zip bomb: more than " + MAX_PARTS + " parts";
        }
        return null;
    }

    private static boolean isEncryptedPackage(byte[] bytes) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        }
    }

    private static String docx(byte[] bytes) throws IOException {
        StringBuilder out = new StringBuilder();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    out.append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        StringBuilder line = new StringBuilder();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            if (line.length() > 0) line.append(' ');
                            line.append(cell.getText().strip());
                        }
                        out.append(line).append('\n');
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String doc(byte[] bytes) throws IOException {
        StringBuilder out = new StringBuilder();
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes));
             WordExtractor extractor = new WordExtractor(document)) {
            for (String paragraph : extractor.getParagraphText()) {
                out.append(WordExtractor.stripFields(paragraph).strip()).append('\n');
            }
        }
        return out.toString();
    }
}
