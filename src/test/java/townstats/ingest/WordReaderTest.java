package townstats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.model.Fact;
import townstats.model.Report;
import townstats.model.ReportFacts;
import townstats.pipeline.ReportPipeline;
import townstats.pipeline.TestProject;

/** Word reports: the same facts as the text they were made from; damaged and protected files refused in one line. */
class WordReaderTest {
    @TempDir
    Path tmp;

    /** (indicator, value, growth, period) of every fact, in order. */
    private static List<String> factKeys(ReportFacts r) {
        return r.facts().stream().map(WordReaderTest::key).toList();
    }

    private static String key(Fact f) {
        return f.indicator() + "|" + f.value() + "|" + f.growth() + "|" + f.period();
    }

    private static ReportFacts analyse(Path dir, Path file) throws BadInputException {
        return new ReportPipeline(TestProject.extractor()).run(dir, file);
    }

    /** The sample text as a .docx: one paragraph per line; the line holding {@code tableFigure} becomes a 2-cell table row. */
    static byte[] docxOf(List<String> lines, String tableLabel, String tableFigure) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                if (tableLabel != null && line.equals(tableLabel + tableFigure)) {
                    XWPFTable table = doc.createTable(1, 2);
                    table.getRow(0).getCell(0).setText(tableLabel);
                    table.getRow(0).getCell(1).setText(tableFigure);
                } else {
                    doc.createParagraph().createRun().setText(line);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void docxYieldsTheSameFactsAsTheTextItWasMadeFrom() throws Exception {
        Path txt = TestProject.SAMPLES.resolve(TestProject.SAMPLE);
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        // One figure goes into a table: a sentence of its own "全年完成财政收入4410万元。" split into label | figure.
        String label = "全年完成财政收入";
        String figure = "4410万元。";
        assertTrue(text.contains("全年完成财政收入4410万元；"), "sample text changed; adjust the test");
        text = text.replace("全年完成财政收入4410万元；", "\n" + label + figure + "\n");
        List<String> lines = text.lines().toList();

        Path dir = Files.createDirectories(tmp.resolve("reports"));
        Path asText = dir.resolve("a.txt");
        Files.writeString(asText, text, StandardCharsets.UTF_8);
        Path asWord = dir.resolve("b.docx");
        Files.write(asWord, docxOf(lines, label, figure));

        ReportFacts fromText = analyse(dir, asText);
        ReportFacts fromWord = analyse(dir, asWord);
        assertTrue(fromText.facts().size() >= 5, "the sample has facts");
        assertEquals(factKeys(fromText), factKeys(fromWord));
        assertTrue(factKeys(fromWord).stream().anyMatch(k -> k.startsWith("fiscal_revenue|4410.0|")),
                "the figure inside the table is extracted: " + factKeys(fromWord));
        assertEquals(fromText.document().year(), fromWord.document().year());
        assertEquals(fromText.document().town(), fromWord.document().town());

        Report report = fromWord.document().report();
        assertEquals("b.docx", report.source(), "the original stays named for download");
        assertEquals("docx", report.format());
    }

    @Test
    void truncatedDocxIsRefusedInOneLine() throws Exception {
        byte[] whole = docxOf(List.of("潭头镇2022年工作总结", "全年完成财政收入4410万元。"), null, null);
        Path dir = Files.createDirectories(tmp.resolve("reports"));
        Path file = dir.resolve("cut.docx");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        BadInputException e = assertThrows(BadInputException.class, () -> ReportReader.read(dir, file));
        assertEquals("truncated or damaged .docx file", e.getMessage());
    }

    @Test
    void passwordProtectedDocxIsRefusedInOneLine() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("reports"));
        Path file = dir.resolve("locked.docx");
        Files.write(file, encrypted(docxOf(List.of("潭头镇2022年工作总结", "全年完成财政收入4410万元。"), null, null), "secret"));
        BadInputException e = assertThrows(BadInputException.class, () -> ReportReader.read(dir, file));
        assertEquals("password-protected Word file", e.getMessage());
    }

    @Test
    void docSavedAsDocxStillReads() throws Exception {
        // A .docx named .doc (people rename files) is read by its content, not its name.
        Path dir = Files.createDirectories(tmp.resolve("reports"));
        Path file = dir.resolve("renamed.doc");
        Files.write(file, docxOf(List.of("潭头镇2022年工作总结", "全年完成财政收入4410万元。"), null, null));
        assertTrue(ReportReader.read(dir, file).text().contains("4410万元"));
    }

    /** A .docx encrypted as Word does it: agile encryption inside an OLE2 container. */
    static byte[] encrypted(byte[] docx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void damagedDocIsRefusedInOneLine() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("reports"));
        // An OLE2 container without a WordDocument stream (an Excel file renamed, a half-saved file).
        Path empty = dir.resolve("empty-ole.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(empty)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), "Workbook");
            fs.writeFilesystem(out);
        }
        BadInputException e = assertThrows(BadInputException.class, () -> ReportReader.read(dir, empty));
        assertEquals("truncated or damaged .doc file", e.getMessage());

        Path text = dir.resolve("plain.doc");
        Files.writeString(text, "这不是Word文件");
        e = assertThrows(BadInputException.class, () -> ReportReader.read(dir, text));
        assertTrue(e.getMessage().startsWith("not a Word file (.doc with content "), e.getMessage());
    }
}
