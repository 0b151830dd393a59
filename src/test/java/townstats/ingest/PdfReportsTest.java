package townstats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.extract.Extractor;
import townstats.model.Fact;
import townstats.model.Report;
import townstats.model.ReportFacts;
import townstats.pipeline.ReportPipeline;
import townstats.pipeline.TestProject;

/**
 * PDF reports with a text layer: the five sample reports typeset into PDFs as Word prints them (wrapped lines, a running
 * header, page numbers) give the same facts as their .txt, with offsets into the PDF's text.
 */
class PdfReportsTest {
    private static ReportPipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void extractor() {
        pipeline = new ReportPipeline(Extractor.withDefaultCatalog());
    }

    /** indicator value unit growth period qualifier section: what makes two facts the same. */
    static String describe(Fact f) {
        return f.indicator() + " " + f.value() + " " + f.unit() + " g=" + f.growth() + " p=" + f.period() + " q=" + f.qualifier()
                + " s=" + f.section();
    }

    @Test
    void theSampleReportsAsPdfGiveTheFactsOfTheirText() throws Exception {
        for (Path txt : TestProject.sampleFiles()) {
            ReportFacts fromText = pipeline.run(txt.getParent(), txt);
            Path pdf = dir.resolve(ReportReader.idOf(txt) + ".pdf");
            TestPdfs.write(Files.readString(txt, StandardCharsets.UTF_8), "乡镇工作报告", pdf);
            ReportFacts fromPdf = pipeline.run(dir, pdf);
            assertEquals(fromText.facts().stream().map(PdfReportsTest::describe).toList(),
                    fromPdf.facts().stream().map(PdfReportsTest::describe).toList(), txt.getFileName().toString());
            assertEquals(fromText.document().town(), fromPdf.document().town());
            assertEquals(fromText.document().year(), fromPdf.document().year());
            Report report = fromPdf.document().report();
            assertEquals("pdf", report.format());
            assertEquals("pdf", report.encoding());
            assertNull(report.confidence(), "no page was a scan");
            // the running header and the page numbers are gone; the wrapped lines are one paragraph again
            assertFalse(report.decoded().contains("乡镇工作报告"), "running header left in " + txt.getFileName());
            assertFalse(report.decoded().matches("(?s).*- \\d+ -.*"), "page number left in " + txt.getFileName());
            for (int i = 0; i < fromPdf.facts().size(); i++) {
                Fact f = fromPdf.facts().get(i);
                Fact t = fromText.facts().get(i);
                // the offset points at the figure in the PDF's text, so the reader page highlights it
                char c = report.decoded().charAt(f.offset());
                if (f.value() != null) assertTrue(Character.isDigit(c) || "一二三四五六七八九十两".indexOf(c) >= 0, describe(f) + " at " + c);
                assertEquals(fromText.document().report().text().substring(t.start(), t.end()),
                        report.text().substring(f.start(), f.end()), "the same words are highlighted");
                assertTrue(f.quote().length() > 0);
                assertNull(f.confidence());
            }
        }
    }

    @Test
    void paragraphsWrappedOverPagesAreOneLineAndTheFooterIsDropped() throws Exception {
        String paragraph = "全年完成财政收入4410万元，同比增长5%，" + "各项工作有序推进，".repeat(200) + "取得明显成效。";
        Path pdf = dir.resolve("long.pdf");
        TestPdfs.write("潭头镇2022年工作总结\n" + paragraph + "\n二、存在的问题\n资金不足。", "潭头镇人民政府", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 2, "the paragraph runs over a page break");
        }
        Report r = ReportReader.read(dir, pdf);
        assertEquals(List.of("潭头镇2022年工作总结", paragraph, "二、存在的问题", "资金不足。"), Arrays.asList(r.text().split("\n")));
    }

    @Test
    void aPasswordProtectedOrDamagedPdfIsSkippedWithItsReason() throws Exception {
        Path pdf = dir.resolve("locked.pdf");
        TestPdfs.write("潭头镇2022年工作总结\n全年完成财政收入4410万元。", null, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            doc.protect(policy);
            doc.save(pdf.toFile());
        }
        assertEquals("password-protected PDF file", assertThrows(BadInputException.class, () -> ReportReader.read(dir, pdf)).getMessage());

        Path whole = dir.resolve("whole.pdf");
        TestPdfs.write("潭头镇2022年工作总结\n全年完成财政收入4410万元。", null, whole);
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(Files.readAllBytes(whole), 300));
        assertEquals("truncated or damaged .pdf file", assertThrows(BadInputException.class, () -> ReportReader.read(dir, cut)).getMessage());
    }

    @Test
    void aScannedPdfWithoutTesseractIsSkippedWithWhatToInstall() throws Exception {
        Path text = dir.resolve("text.pdf");
        TestPdfs.write("潭头镇2022年工作总结\n全年完成财政收入4410万元。", null, text);
        Path scan = dir.resolve("scan.pdf");
        TestPdfs.scanned(TestPdfs.render(text, 100), 100, scan);
        String before = System.getProperty("townstats.tesseract");
        System.setProperty("townstats.tesseract", dir.resolve("no-such-tesseract").toString());
        try {
            BadInputException e = assertThrows(BadInputException.class, () -> ReportReader.read(dir, scan));
            assertEquals("scanned pages need OCR: install tesseract-ocr-chi-sim", e.getMessage());
        } finally {
            if (before == null) System.clearProperty("townstats.tesseract");
            else System.setProperty("townstats.tesseract", before);
        }
    }
}
