package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.model.Fact;
import townstats.model.QualityIssue;
import townstats.quality.Plausibility;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;

/**
 * Each kind of bad input: the report is skipped with a one-line reason naming the file, the rest of the
 * site is built, and no input file is touched.
 */
class BadInputTest {
    @TempDir
    Path tmp;
    private static Map<String, Integer> sampleFacts;

    @BeforeAll
    static void baseline(@TempDir Path dir) throws IOException {
        TestProject p = TestProject.withSamples(dir);
        p.build();
        sampleFacts = p.factsPerReport();
        assertEquals(TestProject.sampleFiles().size(), sampleFacts.size(), "every sample report has facts");
    }

    /** Builds the samples plus one bad file; returns the build result after the common checks. */
    private Build.Result buildWith(String name, byte[] bytes) throws IOException {
        return buildWith(name, file -> Files.write(file, bytes));
    }

    private interface FileMaker {
        void make(Path file) throws IOException;
    }

    private Build.Result buildWith(String name, FileMaker maker) throws IOException {
        TestProject p = TestProject.withSamples(tmp);
        maker.make(p.reports.resolve(name));
        Map<String, String> before = TestProject.hashes(p.content);
        Build.Result result = p.build();
        assertEquals(before, TestProject.hashes(p.content), "no input file is modified or deleted");
        Map<String, Integer> built = p.factsPerReport();
        sampleFacts.forEach((id, n) -> assertEquals(n, built.get(id), "the sample report " + id + " is still built"));
        return result;
    }

    private void assertSkipped(String name, byte[] bytes, String reason) throws IOException {
        assertSkipped(name, file -> Files.write(file, bytes), reason);
    }

    private void assertSkipped(String name, FileMaker maker, String reason) throws IOException {
        Build.Result result = buildWith(name, maker);
        assertEquals(List.of(new Build.Skipped(name, reason)), result.skipped());
        assertEquals(name + ": " + reason, result.skipped().get(0).toString(), "one line naming the file and the reason");
        assertTrue(result.reports().stream().noneMatch(r -> r.document().report().source().equals(name)));
    }

    @Test
    void emptyFile() throws IOException {
        assertSkipped("empty.txt", new byte[0], "empty file");
    }

    @Test
    void imageRenamedAsText() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        assertSkipped("photo.txt", png.toByteArray(), "binary data, not text (an image or a program renamed as a report?)");
    }

    @Test
    void undecodableBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("潭头镇2022年工作总结".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 50; i++) bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', (byte) 0x80});
        assertSkipped("mojibake.txt", bytes.toByteArray(), "undecodable bytes: neither UTF-8 nor GB18030/GBK text");
    }

    @Test
    void truncatedDocx() throws IOException {
        byte[] whole = docx("潭头镇2022年工作总结", "全年完成财政收入4410万元。");
        assertSkipped("cut.docx", java.util.Arrays.copyOf(whole, whole.length / 2), "truncated or damaged .docx file");
    }

    @Test
    void zipBombDocxNamesTheSizeItExpandsBeyond() throws IOException {
        // 101 MB of spaces after the document's XML (legal XML) pack to about 100 KB
        byte[] bomb = padded(docx("潭头镇2022年工作总结", "全年完成财政收入4410万元。"), 101);
        assertTrue(bomb.length < 1024 * 1024, "the file is small: " + bomb.length);
        assertSkipped("bomb.docx", bomb, "zip bomb: expands beyond 100 MB");
    }

    @Test
    void docxPackedMoreThanAHundredFoldIsAZipBombToo() throws IOException {
        assertSkipped("dense.docx", padded(docx("潭头镇2022年工作总结", "全年完成财政收入4410万元。"), 8), "zip bomb: expands more than 100-fold");
    }

    /** The .docx with {@code megabytes} MB of spaces appended to word/document.xml, written as they are packed. */
    private static byte[] padded(byte[] docx, int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(in.readAllBytes());
                if (e.getName().equals("word/document.xml")) for (int i = 0; i < megabytes; i++) zip.write(spaces);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void passwordProtectedDocx() throws Exception {
        assertSkipped("locked.docx", encrypted(docx("潭头镇2022年工作总结", "全年完成财政收入4410万元。")), "password-protected Word file");
    }

    @Test
    void fileOverTheSizeLimit() throws IOException {
        assertSkipped("huge.txt", file -> {
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                f.setLength(21L * 1024 * 1024); // sparse: no disk space used
            }
        }, "file too large: 21.0 MB (limit 20 MB)");
    }

    @Test
    void frontMatterThatIsNotYaml() throws IOException {
        String md = "---\ntown: [潭头镇\nyear: 2022\n---\n# 潭头镇2022年工作总结\n\n全年完成财政收入4410万元。\n";
        assertSkipped("bad-front.md", md.getBytes(StandardCharsets.UTF_8),
                "front matter is not valid YAML: expected ',' or ']', but got : (line 2)");
    }

    @Test
    void sidecarThatIsNotYaml() throws IOException {
        TestProject p = TestProject.withSamples(tmp);
        Files.writeString(p.reports.resolve("000_3b4a4675a0c82837.yml"), "town: 潭头镇\n  year: : 2022\n");
        Map<String, String> before = TestProject.hashes(p.content);
        Build.Result result = p.build();
        assertEquals(List.of(new Build.Skipped(TestProject.SAMPLE,
                "000_3b4a4675a0c82837.yml is not valid YAML: mapping values are not allowed here (line 2)")), result.skipped());
        assertEquals(before, TestProject.hashes(p.content));
        assertEquals(TestProject.sampleFiles().size() - 1, p.factsPerReport().size(), "the other reports are built");
    }

    @Test
    void twoReportsForTheSameTownAndYearAreBothKeptAndFlagged() throws IOException {
        byte[] copy = Files.readAllBytes(TestProject.SAMPLES.resolve(TestProject.SAMPLE));
        Build.Result result = buildWith("000_copy.txt", copy);
        assertEquals(List.of(), result.skipped());
        ReportFacts a = find(result, "000_3b4a4675a0c82837");
        ReportFacts b = find(result, "000_copy");
        assertTrue(a.has(QualityIssue.Kind.DUPLICATE_REPORT) && a.issues().get(0).message().contains("000_copy"), a.issues().toString());
        assertTrue(b.has(QualityIssue.Kind.DUPLICATE_REPORT) && b.issues().get(0).message().contains("000_3b4a4675a0c82837"));
        assertEquals(a.facts().size(), b.facts().size(), "both stay visible with their facts");
        assertTrue(find(result, "001_0f77647293844d46").issues().isEmpty(), "the other reports have no issue");
        // what the rankings make of it: DataQualityRuleTest
    }

    @Test
    void absurdGrowthIsFlaggedNotDropped() throws IOException {
        String text = "青石镇2022年工作总结\n全年完成财政收入4410万元，同比增长5000%。\n";
        Build.Result result = buildWith("absurd.txt", text.getBytes(StandardCharsets.UTF_8));
        ReportFacts r = find(result, "absurd");
        Fact f = r.facts().stream().filter(x -> x.indicator().equals("fiscal_revenue")).findFirst().orElseThrow();
        assertEquals(List.of(new QualityIssue(QualityIssue.Kind.IMPLAUSIBLE_GROWTH, "fiscal_revenue",
                "增长+5000%，超出-100%至+1000%的合理范围，不参与排名和统计。", f.offset())), r.issues());
        assertTrue(r.issues().get(0).concerns(f, true) && !r.issues().get(0).concerns(f, false),
                "the growth rate is flagged, not the revenue");
    }

    @Test
    void negativePopulationIsFlagged() {
        // The extractor never reads a sign before a count, so the check is exercised on the fact directly.
        Fact population = new Fact("population", -300.0, "人", null, null, null, SectionKind.SUMMARY, "全镇人口-300人。", 0, 0, 8);
        Fact fine = new Fact("population", 30000.0, "人", 2.5, null, null, SectionKind.SUMMARY, "全镇人口30000人。", 0, 0, 8);
        assertEquals(QualityIssue.Kind.IMPLAUSIBLE_VALUE, Plausibility.value(population).kind());
        assertEquals(null, Plausibility.value(fine));
        assertEquals(null, Plausibility.growth(fine));
        assertEquals("增长-150%，超出-100%至+1000%的合理范围，不参与排名和统计。", Plausibility.growth(new Fact("gdp", 1.0, "万元", -150.0,
                null, null, SectionKind.SUMMARY, "", 0, 0, 0)).message());
    }

    @Test
    void reportWithoutYearIsReadAndMarked() throws IOException {
        String text = "青石镇工作总结\n全年完成财政收入4410万元，同比增长5%。\n";
        Build.Result result = buildWith("noyear.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), result.skipped());
        ReportFacts r = find(result, "noyear");
        assertEquals(null, r.document().year());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("年份不明")), r.warnings().toString());
        assertTrue(r.facts().stream().anyMatch(f -> f.indicator().equals("fiscal_revenue")), "its facts are shown and exported");
    }

    /**
     * Issue 25, case 9: a .docx of tables nested thousands deep overflowed POI's recursion: an internal error, which could
     * leave XMLBeans' lock held so that the next .docx waited forever. It is refused before POI sees it, and a sound
     * .docx beside it is read.
     */
    @Test
    void deeplyNestedDocxIsDamagedNotAnInternalError() throws IOException {
        Build.Result result = buildWith("nested.docx", file -> {
            Files.write(file, nested(docx("潭头镇2022年工作总结", "全年完成财政收入4410万元。"), 20_000));
            Files.write(file.resolveSibling("sound.docx"), docx("青石镇2022年工作总结", "全年完成财政收入4410万元，同比增长5%。"));
            // tables in tables 100 deep, more than real documents go: still read
            Files.write(file.resolveSibling("deep.docx"), nested(docx("白水镇2022年工作总结", "全年完成财政收入3120万元。"), 100));
        });
        assertEquals(List.of(new Build.Skipped("nested.docx", "damaged .docx file")), result.skipped());
        for (String id : List.of("sound", "deep")) {
            assertTrue(find(result, id).facts().stream().anyMatch(f -> f.indicator().equals("fiscal_revenue")), id + ".docx is read");
        }
    }

    /** The .docx with its body's first paragraph inside {@code depth} tables, each in the cell of the one before. */
    private static byte[] nested(byte[] docx, int depth) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    String open = "<w:tbl><w:tr><w:tc>".repeat(depth);
                    String close = "<w:p/></w:tc></w:tr></w:tbl>".repeat(depth);
                    bytes = (xml.substring(0, body) + open + "<w:p/>" + close + xml.substring(body)).getBytes(StandardCharsets.UTF_8);
                }
                // stored, not deflated: the nesting is no zip bomb, only deep
                java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry(e.getName());
                entry.setMethod(java.util.zip.ZipEntry.STORED);
                entry.setSize(bytes.length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(bytes);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Issue 25, case 9: sidecar years −1, 0 and 2147483647 made pages such as rankings/…-2147483647.html. */
    @Test
    void sidecarYearsOutsideTheRangeAreRefusedInOneLine() throws IOException {
        for (String year : new String[] {"-1", "0", "1948", "2101", "2147483647"}) {
            TestProject p = TestProject.withSamples(tmp.resolve("y" + year));
            Files.writeString(p.reports.resolve("000_3b4a4675a0c82837.yml"), "year: " + year + "\n");
            Map<String, String> before = TestProject.hashes(p.content);
            Build.Result result = p.build();
            assertEquals(List.of(new Build.Skipped(TestProject.SAMPLE, "000_3b4a4675a0c82837.yml: year must be from 1949 to 2100: " + year)),
                    result.skipped(), year);
            assertEquals(before, TestProject.hashes(p.content));
            assertEquals(TestProject.sampleFiles().size() - 1, p.factsPerReport().size(), "the other reports are built");
            try (var pages = Files.list(p.site.resolve("rankings"))) {
                assertTrue(pages.noneMatch(f -> f.getFileName().toString().contains(year + ".html")), "no page of year " + year);
            }
            assertEquals(result.skipped(), p.build().skipped(), "the next build says the same");
        }
        TestProject edge = TestProject.withSamples(tmp.resolve("edges"));
        Files.writeString(edge.reports.resolve("000_3b4a4675a0c82837.yml"), "year: 1949\n");
        Files.writeString(edge.reports.resolve("001_0f77647293844d46.yml"), "year: 2100\n");
        assertEquals(List.of(), edge.build().skipped(), "1949 and 2100 are years a report may be about");
    }

    /** Issue 25, case 9: UTF-16 without a byte-order mark (Windows "Unicode" text) was called binary data. */
    @Test
    void utf16WithoutByteOrderMarkIsRead() throws IOException {
        String text = "青石镇2022年工作总结\r\n全年完成财政收入4410万元，同比增长5%。\r\n";
        Build.Result result = buildWith("le.txt", file -> {
            Files.write(file, text.getBytes(StandardCharsets.UTF_16LE));
            Files.write(file.resolveSibling("be.txt"), text.replace("青石镇", "白水镇").getBytes(StandardCharsets.UTF_16BE));
        });
        assertEquals(List.of(), result.skipped());
        for (String id : List.of("le", "be")) {
            ReportFacts r = find(result, id);
            assertEquals(id.equals("le") ? "UTF-16LE" : "UTF-16BE", r.document().report().encoding());
            assertTrue(r.facts().stream().anyMatch(f -> f.indicator().equals("fiscal_revenue") && f.value() > 3000), id);
        }
    }

    private static ReportFacts find(Build.Result result, String id) {
        return result.reports().stream().filter(r -> r.reportId().equals(id)).findFirst().orElseThrow();
    }

    static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) doc.createParagraph().createRun().setText(p);
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] encrypted(byte[] docx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (var os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
