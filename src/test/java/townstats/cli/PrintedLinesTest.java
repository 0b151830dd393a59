package townstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.pipeline.TestProject;
import townstats.util.Printable;

/**
 * Issue 25, case 4: a file name holding control characters cannot clear the screen, fake a line of townstats or split
 * its message in two. Every line printed is one line starting with "townstats: ", the name escaped.
 */
class PrintedLinesTest {
    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(List<String> args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<String> buildArgs(TestProject p) {
        return new ArrayList<>(List.of("build", "--content", p.content.toString(), "--out", p.site.toString(),
                "--themes-dir", TestProject.THEME.getParent().toString()));
    }

    @Test
    void controlCharactersInAFileNameAreEscapedInEveryLine() throws Exception {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        String name = "x\u001b[2J\u001b[H\ntownstats: built site from 999 reports\r\u202eevil\u0007.txt";
        Files.write(p.reports.resolve(name), new byte[0]);
        Map<String, String> before = TestProject.hashes(p.content);

        assertEquals(0, run(buildArgs(p)));
        String expected = "townstats: skipped x\\e[2J\\e[H\\ntownstats: built site from 999 reports\\r\\u202eevil\\x07.txt: empty file";
        List<String> outLines = out.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> errLines = err.toString(StandardCharsets.UTF_8).lines().toList();
        // the summary on standard output, the skipped file once, on the log
        assertEquals(2, outLines.size(), outLines.toString());
        assertTrue(outLines.get(0).startsWith("townstats: built " + p.site + " from 5 reports (5 read"), outLines.get(0));
        assertEquals(List.of(expected), errLines);
        for (String line : concat(outLines, errLines)) {
            assertTrue(line.chars().noneMatch(c -> c < 0x20 || c == 0x7F) && !line.contains("\u202e"), line);
        }
        assertEquals(before, TestProject.hashes(p.content), "inputs unchanged");
        assertEquals(5, p.factsPerReport().size(), "the rest of the site is built");

        out.reset();
        err.reset();
        assertEquals(0, run(buildArgs(p)), "the next build succeeds");
        assertEquals(List.of(expected), err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void aLongReasonIsShortenedInTheMiddleKeepingItsEnd() throws Exception {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        String name = "长".repeat(80) + ".txt"; // 84 characters, 244 bytes: the longest a Linux file name can be
        Path folder = p.reports;
        for (int i = 0; i < 3; i++) folder = Files.createDirectories(folder.resolve("子目录".repeat(25) + i));
        Files.write(folder.resolve(name), new byte[0]);
        assertEquals(0, run(buildArgs(p)));
        String line = err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("townstats: skipped")).findFirst().orElseThrow();
        assertEquals(Printable.MAX_LINE, line.length(), line);
        assertTrue(line.startsWith("townstats: skipped 子目录子目录") && line.contains("…") && line.endsWith("长长长.txt: empty file"), line);
    }

    @Test
    void aNoSuchFileMessageIsOneLineToo() {
        assertEquals(2, run(List.of("extract", tmp.resolve("a\nb\u001b]0;title\u0007.txt").toString())));
        assertEquals("townstats: no such file: " + tmp + "/a\\nb\\e]0;title\\x07.txt\n", err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
