package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.model.ReportFacts;

/**
 * Issue 25, case 3: a report named {@code x\..\..\..\outside.txt} beside a folder {@code x} was read again for its page
 * as {@code reports/x/../../../outside.txt}, a file outside the content folder (its name's backslashes taken for
 * separators). A report is read again, and its original copied, from the very file first read.
 */
class ReportPathTest {
    private static final String MARKER = "OUTSIDE-2b81d";

    @TempDir
    Path tmp;

    @Test
    void aNameWithBackslashesIsReadAgainFromItsOwnFile() throws IOException {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        Files.createDirectories(p.reports.resolve("x"));
        String name = "x\\..\\..\\..\\outside.txt";
        String text = "青石镇2022年工作总结\n全年完成财政收入4410万元，同比增长5%。\n";
        Files.writeString(p.reports.resolve(name), text, StandardCharsets.UTF_8);
        // what reports/x/../../../outside.txt names: a file beside the content folder
        Files.writeString(p.dir.resolve("outside.txt"), "白水镇2022年工作总结" + MARKER + "\n全年完成财政收入3120万元。\n", StandardCharsets.UTF_8);
        Map<String, String> before = TestProject.hashes(p.dir.resolve("content"));
        String outsideBefore = Files.readString(p.dir.resolve("outside.txt"));

        Build.Result result = p.build();
        assertEquals(List.of(), result.skipped());
        ReportFacts r = result.reports().stream().filter(x -> x.document().report().source().equals(name)).findFirst().orElseThrow();
        Path page = p.site.resolve("reports").resolve(readerFolder(p, r));
        String html = Files.readString(page.resolve("index.html"));
        assertTrue(html.contains("财政收入4410万元"), "the reader page shows the report's own text");
        assertFalse(html.contains("生成网站期间报告文件被修改或移走"), "not as a file that changed during the build");
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(page.resolve("original.txt")), "its own original");
        assertEquals(List.of(), SymlinkTest.filesContaining(p.site, MARKER), "nothing of the file outside");
        assertEquals(TestProject.sampleFiles().size() + 1, p.factsPerReport().size(), "the rest of the site is built");
        assertEquals(before, TestProject.hashes(p.dir.resolve("content")), "inputs unchanged");
        assertEquals(outsideBefore, Files.readString(p.dir.resolve("outside.txt")));

        Build.Result again = p.build();
        assertEquals(List.of(), again.skipped(), "the next build succeeds");
    }

    /** The reader page's folder of a report, as data/reports.json links it. */
    private static String readerFolder(TestProject p, ReportFacts r) throws IOException {
        for (String dir : Files.list(p.site.resolve("reports")).filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList()) {
            Path original = p.site.resolve("reports").resolve(dir).resolve("index.html");
            if (Files.isRegularFile(original) && Files.readString(original).contains("outside.txt")) return dir;
        }
        throw new AssertionError("no reader page names " + r.document().report().source());
    }
}
