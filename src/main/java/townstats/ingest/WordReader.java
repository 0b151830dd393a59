package townstats.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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
    /**
     * XML elements nested at most in a part. POI and XMLBeans walk a document recursively: tables nested 1,600 deep
     * overflow a thread's stack, and a StackOverflowError inside XMLBeans can leave its global lock held, so that every
     * later .docx of the build (or of a serve session) waits forever. Word's deepest real nesting is a few dozen;
     * 500 (some 160 tables, one in the other's cell) read safely on a stack of 256 KB.
     */
    static final int MAX_XML_DEPTH = 500;
    static final String DAMAGED_DEEP = "damaged .docx file";

    private WordReader() {
    }

    static String read(byte[] bytes, String format) throws BadInputException {
        FileMagic magic = FileMagic.valueOf(bytes);
        try {
            // An encrypted .docx (and an encrypted .doc's sibling format) is an OLE2 container holding the
            // encrypted package; a plain OLE2 file is an old .doc, whatever its name says.
            if (magic == FileMagic.OLE2 && isEncryptedPackage(bytes)) throw new BadInputException("password-protected Word file");
            if (magic == FileMagic.OOXML) {
                String problem = precheck(bytes);
                if (problem != null) throw new BadInputException(problem);
                return docx(bytes);
            }
            if (magic == FileMagic.OLE2) return doc(bytes);
        } catch (EncryptedDocumentException e) {
            throw new BadInputException("password-protected Word file", e);
        } catch (StackOverflowError e) {
            // nesting the precheck let through overflowed all the same (an odd thread's small stack): damaged, not a bug
            throw new BadInputException("damaged ." + format + " file", e);
        } catch (IOException | RuntimeException e) {
            String bomb = zipBomb(e);
            if (bomb != null) throw new BadInputException(bomb, e);
            // POI's messages differ by where the file was cut; the user needs only this (the cause is kept).
            throw new BadInputException("truncated or damaged ." + format + " file", e);
        }
        throw new BadInputException("not a Word file (." + format + " with content " + magic + ")");
    }

    /**
     * What makes a .docx unsafe to give POI, or null: parts that together unpack to more than {@link #MAX_UNPACKED_BYTES}
     * ({@link #TOO_BIG}; counted while inflating, as the sizes a zip declares can lie, in constant memory, stopping at the
     * limit), or an XML part whose elements nest deeper than {@link #MAX_XML_DEPTH} ({@link #DAMAGED_DEEP}; read as a
     * stream, which keeps no stack of its own). A zip or XML this cannot read is left to POI to judge.
     */
    static String precheck(byte[] bytes) {
        long[] total = {0};
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            InputStream counted = new FilterInputStream(zip) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) count(1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = super.read(buffer, off, len);
                    if (n > 0) count(n);
                    return n;
                }

                @Override
                public void close() {
                    // the zip stays open for its next part
                }

                private void count(int n) throws IOException {
                    total[0] += n;
                    if (total[0] > MAX_UNPACKED_BYTES) throw new Unpacked();
                }
            };
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".xml") && deeperThan(counted, MAX_XML_DEPTH)) return DAMAGED_DEEP;
                counted.transferTo(OutputStream.nullOutputStream());
            }
        } catch (Unpacked e) {
            return TOO_BIG;
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Thrown by the counting stream at the limit of unpacked bytes. */
    private static final class Unpacked extends IOException {
        Unpacked() {
            super(TOO_BIG);
        }
    }

    /** StAX without DTDs or external entities: a part is only counted, never resolved. */
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** True when the XML read from {@code in} nests its elements deeper than {@code max}; false also for XML it cannot read. */
    private static boolean deeperThan(InputStream in, int max) throws Unpacked {
        XMLStreamReader r = null;
        try {
            r = XML.createXMLStreamReader(in);
            int depth = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && ++depth > max) return true;
                if (event == XMLStreamConstants.END_ELEMENT) depth--;
            }
            return false;
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof Unpacked u) throw u;
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) if (t instanceof Unpacked u) throw u;
            return false;
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
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
