package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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

    @Test
    void silentWithoutATerminal() {
        Progress p = new Progress(null, 3);
        p.step();
        p.done();
    }
}
