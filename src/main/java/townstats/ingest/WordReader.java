package townstats.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
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

    private WordReader() {
    }

    static String read(byte[] bytes, String format) throws BadInputException {
        FileMagic magic = FileMagic.valueOf(bytes);
        try {
            // An encrypted .docx (and an encrypted .doc's sibling format) is an OLE2 container holding the
            // encrypted package; a plain OLE2 file is an old .doc, whatever its name says.
            if (magic == FileMagic.OLE2 && isEncryptedPackage(bytes)) throw new BadInputException("password-protected Word file");
            if (magic == FileMagic.OOXML) return docx(bytes);
            if (magic == FileMagic.OLE2) return doc(bytes);
        } catch (EncryptedDocumentException e) {
            throw new BadInputException("password-protected Word file", e);
        } catch (IOException | RuntimeException e) {
            // POI's messages differ by where the file was cut; the user needs only this (the cause is kept).
            throw new BadInputException("truncated or damaged ." + format + " file", e);
        }
        throw new BadInputException("not a Word file (." + format + " with content " + magic + ")");
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
