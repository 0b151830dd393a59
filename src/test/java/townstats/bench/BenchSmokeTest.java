package townstats.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.cli.Main;

/**
 * The benchmark in small (bench/run.sh runs it at 1,000 to 40,000 reports): generate a corpus of 200
 * reports, build it, and score the extraction against the planted truth. No timing is asserted.
 */
class BenchSmokeTest {
    @Test
    void twoHundredGeneratedReportsBuildAndScore(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        Path site = dir.resolve("site");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(0, BenchTool.run(List.of("generate-corpus", "--reports", "200", "--seed", "3", "--out", corpus.toString()), print, print));
        long started = System.nanoTime();
        assertEquals(0, Main.run(List.of("build", "--content", corpus.toString(), "--out", site.toString()), print, print),
                out.toString(StandardCharsets.UTF_8));
        long millis = (System.nanoTime() - started) / 1_000_000;
        TruthScore.Score score = TruthScore.score(corpus.resolve("truth.json"), site.resolve("data/facts.json"));
        System.out.println("bench smoke: 200 reports built in " + millis + " ms; " + score);
        assertTrue(score.recall() >= 0.98, score + " missed: " + score.missedExamples());
        assertTrue(score.precision() >= 0.99, score + " wrong: " + score.wrongExamples());
    }
}
