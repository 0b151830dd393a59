package townstats.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import townstats.cli.Main;

/**
 * A generated corpus of {@link #REPORTS} reports ({@code townstats generate-corpus}, seed 3) and its site (with --exports), built
 * once per test JVM: the benchmark smoke test scores it, the browser tests read its profiles, rankings and
 * compare page (a county office's scale, where peer groups have enough towns to rank).
 */
public final class GeneratedSite {
    public static final int REPORTS = 300;
    private static Path root;
    private static long buildMillis;

    private GeneratedSite() {
    }

    public static synchronized Path corpus() throws IOException {
        if (root == null) build();
        return root.resolve("corpus");
    }

    public static synchronized Path site() throws IOException {
        if (root == null) build();
        return root.resolve("site");
    }

    /** How long the build took (the corpus generation not included). */
    public static synchronized long buildMillis() throws IOException {
        site();
        return buildMillis;
    }

    private static void build() throws IOException {
        Path tmp = Files.createTempDirectory("townstats-generated");
        Path corpus = tmp.resolve("corpus");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(0, townstats.bench.BenchTool.run(List.of("generate-corpus", "--reports", String.valueOf(REPORTS), "--seed", "3", "--out",
                corpus.toString()), print, print));
        long started = System.nanoTime();
        assertEquals(0, Main.run(List.of("build", "--content", corpus.toString(), "--out", tmp.resolve("site").toString(), "--exports"), print, print),
                out.toString(StandardCharsets.UTF_8));
        buildMillis = (System.nanoTime() - started) / 1_000_000;
        root = tmp;
    }
}
