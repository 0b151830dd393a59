package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in the content, made in a temporary folder: one leading outside the content folder is skipped with
 * a one-line reason and nothing of its target reaches the site, the cache or the log; one leading inside is followed.
 */
class SymlinkTest {
    /** In every file outside the content: it must never show up in anything the build writes. */
    private static final String MARKER = "OUTSIDE-7f3a9c";
    private static final String OUTSIDE_REPORT = "青石镇2022年工作总结\n全年完成财政收入4410万元，同比增长5%。" + MARKER + "\n";

    @TempDir
    Path tmp;
    private TestProject p;
    private Path outside;

    @BeforeEach
    void project() throws IOException {
        p = TestProject.withSamples(tmp.resolve("project"));
        // a real report outside the content: followed, it would be published with its facts
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), OUTSIDE_REPORT);
        Files.writeString(outside.resolve("secret.yml"), "title: " + MARKER + "\n");
        Files.writeString(outside.resolve("secret.md"), "# " + MARKER + "\n\n" + MARKER + "\n");
        Files.createDirectories(outside.resolve("more"));
        Files.writeString(outside.resolve("more/other.txt"), OUTSIDE_REPORT);
    }

    /** Builds; checks that the samples are built, no input changed and nothing from outside is written anywhere. */
    private Build.Result build() throws IOException {
        Map<String, String> content = TestProject.hashes(p.content);
        Map<String, String> outsideBefore = TestProject.hashes(outside);
        Build.Result result = p.build();
        assertEquals(content, TestProject.hashes(p.content), "no input file is changed");
        assertEquals(outsideBefore, TestProject.hashes(outside), "nor the files linked to");
        assertEquals(TestProject.sampleFiles().size(), p.factsPerReport().size(), "the sample reports are built: " + p.factsPerReport());
        List<String> leaks = filesContaining(p.site, MARKER);
        leaks.addAll(filesContaining(p.dir.resolve(".townstats-cache"), MARKER));
        assertEquals(List.of(), leaks, "nothing from outside the content in the site or the cache");
        assertTrue(!p.log().contains(MARKER), p.log());
        return result;
    }

    private void assertSkipped(Build.Result result, String source, String reason) {
        assertEquals(List.of(new Build.Skipped(source, reason)), result.skipped());
        assertTrue(p.log().contains("townstats: skipped " + source + ": " + reason + "\n"), p.log());
    }

    private String quality() throws IOException {
        return Files.readString(p.site.resolve("quality.html"));
    }

    @Test
    void aLinkToAFileOutsideIsSkipped() throws IOException {
        Files.createSymbolicLink(p.reports.resolve("passwd.txt"), outside.resolve("secret.txt"));
        Build.Result result = build();
        assertSkipped(result, "passwd.txt", "symbolic link outside content");
        assertTrue(quality().contains("passwd.txt：链接指向内容文件夹以外，未读取"), "listed on the data-quality page");
        assertTrue(Files.isSymbolicLink(p.reports.resolve("passwd.txt")), "the link itself is left alone");
    }

    @Test
    void aLinkToAFolderOutsideIsSkippedNotIgnored() throws IOException {
        Files.createSymbolicLink(p.reports.resolve("more"), outside.resolve("more"));
        Build.Result result = build();
        assertSkipped(result, "more", "symbolic link outside content");
        assertTrue(quality().contains("more：链接指向内容文件夹以外，未读取"));
    }

    @Test
    void aLinkedFolderDeeperDownIsSkippedToo() throws IOException {
        Path county = Files.createDirectories(p.reports.resolve("2022/luanchuan"));
        Files.createSymbolicLink(county.resolve("secret.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(p.reports.resolve("2022/elsewhere"), outside);
        Build.Result result = build();
        assertEquals(List.of(new Build.Skipped("2022/elsewhere", "symbolic link outside content"),
                new Build.Skipped("2022/luanchuan/secret.txt", "symbolic link outside content")), result.skipped());
    }

    @Test
    void aSidecarLinkedFromOutsideSkipsItsReport() throws IOException {
        Files.createSymbolicLink(p.reports.resolve("000_3b4a4675a0c82837.yml"), outside.resolve("secret.yml"));
        Map<String, String> content = TestProject.hashes(p.content);
        Build.Result result = p.build();
        assertEquals(content, TestProject.hashes(p.content));
        assertSkipped(result, TestProject.SAMPLE, "sidecar 000_3b4a4675a0c82837.yml: symbolic link outside content");
        assertEquals(TestProject.sampleFiles().size() - 1, p.factsPerReport().size(), "the other reports are built");
        assertEquals(List.of(), filesContaining(p.site, MARKER));
    }

    @Test
    void aMarkdownPageLinkedFromOutsideIsLeftOut() throws IOException {
        Path pages = Files.createDirectories(p.content.resolve("pages"));
        Files.writeString(pages.resolve("about.md"), "# 关于\n\n本站比较各乡镇的年度工作报告。\n");
        Files.createSymbolicLink(pages.resolve("secret.md"), outside.resolve("secret.md"));
        Build.Result result = build();
        assertSkipped(result, "../pages/secret.md", "symbolic link outside content");
        assertTrue(Files.readString(p.site.resolve("about.html")).contains("本站比较各乡镇的年度工作报告"), "the other page is built");
        assertTrue(!Files.exists(p.site.resolve("secret.html")));
    }

    @Test
    void anAliasFileLinkedFromOutsideIsIgnoredWithAWord() throws IOException {
        Files.writeString(outside.resolve("aliases.yml"), "towns: {潭头镇: " + MARKER + "镇}\n");
        Files.createSymbolicLink(p.content.resolve("aliases.yml"), outside.resolve("aliases.yml"));
        Build.Result result = build();
        assertEquals(List.of(), result.skipped());
        assertTrue(p.log().contains("townstats: aliases.yml: symbolic link outside content (aliases ignored)\n"), p.log());
    }

    @Test
    void linksInsideTheContentAreFollowed() throws IOException {
        // a report kept elsewhere in the content folder, linked into the reports
        Path kept = Files.createDirectories(p.content.resolve("archive"));
        Files.writeString(kept.resolve("qingshi.txt"), "青石镇2022年工作总结\n全年完成财政收入4410万元，同比增长5%。\n");
        Files.createSymbolicLink(p.reports.resolve("qingshi.txt"), Path.of("../archive/qingshi.txt"));
        // and a folder of the content linked in
        Path shared = Files.createDirectories(p.content.resolve("shared"));
        Files.writeString(shared.resolve("baishui.txt"), "白水镇2022年工作总结\n全年完成财政收入3120万元，同比增长4%。\n");
        Files.createSymbolicLink(p.reports.resolve("shared"), Path.of("../shared"));
        Map<String, String> content = TestProject.hashes(p.content);
        Build.Result result = p.build();
        assertEquals(content, TestProject.hashes(p.content));
        assertEquals(List.of(), result.skipped());
        Map<String, Integer> facts = p.factsPerReport();
        assertEquals(TestProject.sampleFiles().size() + 2, facts.size(), facts.toString());
        assertTrue(facts.containsKey("qingshi") && facts.containsKey("baishui"), facts.toString());
    }

    @Test
    void brokenLinksAndLoopsAreSkippedWithTheirReason() throws IOException {
        Files.createSymbolicLink(p.reports.resolve("gone.txt"), outside.resolve("deleted.txt"));
        Files.createSymbolicLink(p.reports.resolve("loop"), Path.of("."));
        Build.Result result = build();
        assertEquals(List.of(new Build.Skipped("gone.txt", "broken symbolic link"), new Build.Skipped("loop", "symbolic link loop")),
                result.skipped());
    }

    /** Issue 25, case 9: a file link that leads back to itself (or through another) was called broken. */
    @Test
    void aFileLinkThatLoopsIsALoopNotBroken() throws IOException {
        Files.createSymbolicLink(p.reports.resolve("self.txt"), Path.of("self.txt"));
        Files.createSymbolicLink(p.reports.resolve("ping.txt"), Path.of("pong.txt"));
        Files.createSymbolicLink(p.reports.resolve("pong.txt"), Path.of("ping.txt"));
        Build.Result result = build();
        assertEquals(List.of(new Build.Skipped("ping.txt", "symbolic link loop"), new Build.Skipped("pong.txt", "symbolic link loop"),
                new Build.Skipped("self.txt", "symbolic link loop")), result.skipped());
        assertEquals(result.skipped(), p.build().skipped(), "the next build says the same");
    }

    /** A sidecar that is a broken or looping link was passed over in silence: its report was built without it. */
    @Test
    void aSidecarLinkThatLeadsNowhereSkipsItsReportWithTheReason() throws IOException {
        Files.createSymbolicLink(p.reports.resolve("000_3b4a4675a0c82837.yml"), Path.of("000_3b4a4675a0c82837.yml"));
        Files.createSymbolicLink(p.reports.resolve("001_0f77647293844d46.yml"), outside.resolve("deleted.yml"));
        Map<String, String> content = TestProject.hashes(p.content);
        Build.Result result = p.build();
        assertEquals(content, TestProject.hashes(p.content));
        assertEquals(List.of(new Build.Skipped(TestProject.SAMPLE, "sidecar 000_3b4a4675a0c82837.yml: symbolic link loop"),
                new Build.Skipped("001_0f77647293844d46.txt", "sidecar 001_0f77647293844d46.yml: broken symbolic link")), result.skipped());
        assertEquals(TestProject.sampleFiles().size() - 2, p.factsPerReport().size(), "the other reports are built");
    }

    /** Files under a folder whose bytes contain the text, looking inside zip containers (the .xlsx workbook) too. */
    static List<String> filesContaining(Path root, String text) throws IOException {
        List<String> found = new ArrayList<>();
        if (!Files.exists(root)) return found;
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                if (contains(bytes, needle)) found.add(root.relativize(f).toString());
                if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
                    try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
                        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                            if (contains(readAll(zip), needle)) found.add(root.relativize(f) + "!" + e.getName());
                        }
                    }
                }
            }
        }
        return found;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return true;
        }
        return false;
    }
}
