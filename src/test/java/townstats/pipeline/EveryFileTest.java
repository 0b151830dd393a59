package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.awt.image.BufferedImage;
import java.util.List;
import townstats.ingest.FakeTesseract;
import townstats.ingest.TestPdfs;

/**
 * No file in content/reports is passed over in silence: each one not read is skipped with its reason, in the log and on
 * the quality page, and the build reads the rest; nothing in the content is changed.
 */
class EveryFileTest {
    @TempDir
    Path tmp;

    @Test
    void everyFileNotReadIsListedWithItsReason() throws Exception {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        Path sample = p.reports.resolve(TestProject.SAMPLE);
        // the same report also printed to PDF, as offices keep both
        TestPdfs.write(Files.readString(sample), null, p.reports.resolve("000_3b4a4675a0c82837.pdf"));
        Files.write(p.reports.resolve("统计表.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Files.writeString(p.reports.resolve("说明.odt"), "x");
        Files.writeString(p.reports.resolve("附件.zip"), "x");
        Files.writeString(p.reports.resolve("README"), "说明");
        Files.writeString(p.reports.resolve("~$0_3b4a4675a0c82837.docx"), "x");
        Files.writeString(p.reports.resolve("孤立.yml"), "town: 潭头镇\n");
        Files.writeString(p.reports.resolve("扫描件.png"), "not an image");
        Files.createDirectories(p.reports.resolve("2023"));
        Files.writeString(p.reports.resolve("2023/会议纪要.pptx"), "x");
        Files.writeString(p.reports.resolve(".DS_Store"), "hidden files are not the office's");
        // a scan, on a machine without Tesseract
        TestPdfs.scanned(List.of(new BufferedImage(850, 1100, BufferedImage.TYPE_BYTE_GRAY)), 100, p.reports.resolve("扫描.pdf"));
        Map<String, String> content = TestProject.hashes(p.content);

        Build.Result[] built = new Build.Result[1];
        FakeTesseract.with(tmp.resolve("no-tesseract-here"), () -> built[0] = p.build());
        Build.Result result = built[0];

        Map<String, String> expected = new TreeMap<>();
        expected.put("000_3b4a4675a0c82837.pdf", "same report as 000_3b4a4675a0c82837.txt, which is read");
        expected.put("统计表.xlsx", "unsupported format .xlsx");
        expected.put("说明.odt", "unsupported format .odt: save it as .docx or PDF");
        expected.put("附件.zip", "unsupported format .zip: unpack it into the reports folder");
        expected.put("README", "unsupported format: no file extension (.txt, .docx, .pdf …)");
        expected.put("~$0_3b4a4675a0c82837.docx", "lock file of a document open in Word or WPS (~$…), not a report");
        expected.put("孤立.yml", "sidecar without a report: no 孤立.* beside it");
        expected.put("扫描件.png", "not an image (.png that is not PNG, JPEG, TIFF or BMP)");
        expected.put("2023/会议纪要.pptx", "unsupported format .pptx");
        expected.put("扫描.pdf", "scanned pages need OCR: install tesseract-ocr-chi-sim");
        Map<String, String> skipped = new TreeMap<>();
        result.skipped().forEach(s -> skipped.put(s.source(), s.reason()));
        assertEquals(expected, skipped);
        assertEquals(TestProject.sampleFiles().size(), result.reports().size(), "the reports are read");
        String quality = Jsoup.parse(Files.readString(p.site.resolve("quality.html"), StandardCharsets.UTF_8)).text();
        Map<String, String> msg = townstats.render.Messages.load(TestProject.THEME, "zh-CN");
        for (var e : expected.entrySet()) {
            assertTrue(p.log().contains("townstats: skipped " + e.getKey() + ": " + e.getValue() + "\n"), p.log());
            // the page says the reason in the theme's words, the log in the words of whoever runs the build
            assertTrue(quality.contains(e.getKey() + "：" + townstats.render.SiteWriter.skipReason(msg, e.getValue())),
                    e + " on the quality page");
        }
        assertEquals(content, TestProject.hashes(p.content), "nothing in the content is changed");
    }
}
