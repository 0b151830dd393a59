package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
    @Test
    void barShowsTheShareDone() {
        assertEquals("[" + "#".repeat(15) + " ".repeat(15) + "]", Progress.bar(20000, 40000));
        assertEquals("[" + " ".repeat(30) + "]", Progress.bar(0, 40000));
        assertEquals("[" + "#".repeat(30) + "]", Progress.bar(3, 3));
    }

    @Test
    void redrawsOneLineAndEndsWithANewline() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 3);
        for (int i = 0; i < 3; i++) p.step();
        p.done();
        String s = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\r[") && s.endsWith(" 3/3 reports\n"), s);
    }

    /**
     * The command line draws the bar only on a terminal (System.console(); none under the tests): its standard error
     * then holds the skipped files and no carriage return. The same build with the bar asked for draws it on the same
     * kind of stream, so the first check can fail.
     */
    @Test
    void silentWithoutATerminal(@TempDir Path tmp) throws IOException {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        Files.write(p.reports.resolve("empty.txt"), new byte[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = townstats.cli.Main.run(List.of("build", "--content", p.content.toString(), "--out", p.site.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("skipped empty.txt"), said);
        assertFalse(said.contains("\r") || said.contains(" reports\n"), "no bar: " + said);

        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        new Build(new Build.Options(p.content, tmp.resolve("other-site"), TestProject.THEME, false, null), TestProject.extractor(),
                new PrintStream(drawn, true, StandardCharsets.UTF_8)).withProgress(true).run();
        assertTrue(drawn.toString(StandardCharsets.UTF_8).contains("\r["), "the bar, when asked for");
    }
}
