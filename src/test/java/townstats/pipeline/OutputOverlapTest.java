package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistyped --out never replaces the inputs: the project, the content folder, or a folder inside them. */
class OutputOverlapTest {
    @TempDir
    Path tmp;

    @Test
    void outputThatHoldsOrIsInsideTheContentIsRefused() throws IOException {
        TestProject p = TestProject.withSamples(tmp);
        Map<String, String> before = TestProject.hashes(tmp);
        for (Path out : new Path[] {tmp, p.content, p.reports, p.content.resolve("site")}) {
            Build.Options options = new Build.Options(p.content, out, TestProject.THEME, false);
            IOException e = assertThrows(IOException.class, () -> new Build(options, TestProject.extractor(), System.err).run());
            assertTrue(e.getMessage().startsWith("--out " + out + " overlaps the content folder"), e.getMessage());
        }
        assertEquals(before, TestProject.hashes(tmp), "nothing was touched");
        assertTrue(Files.isDirectory(p.reports));
    }
}
