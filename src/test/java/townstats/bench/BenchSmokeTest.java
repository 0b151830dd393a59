package townstats.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import townstats.site.GeneratedSite;

/**
 * The benchmark in small (bench/run.sh runs it at 1,000 to 40,000 reports): generate a corpus of 300
 * reports ({@link GeneratedSite}, which the browser tests read too), build it, and score the extraction against the
 * planted truth. No timing is asserted.
 */
class BenchSmokeTest {
    @Test
    void generatedReportsBuildAndScore() throws Exception {
        Path corpus = GeneratedSite.corpus();
        Path site = GeneratedSite.site();
        TruthScore.Score score = TruthScore.score(corpus.resolve("truth.json"), site.resolve("data/facts.json"));
        System.out.println("bench smoke: " + GeneratedSite.REPORTS + " reports built in " + GeneratedSite.buildMillis() + " ms; " + score);
        assertTrue(score.recall() >= 0.98, score + " missed: " + score.missedExamples());
        assertTrue(score.precision() >= 0.99, score + " wrong: " + score.wrongExamples());
    }
}
