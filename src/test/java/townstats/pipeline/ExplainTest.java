package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** build --explain: what changed since the published build, and one line for each file made again, with why. */
class ExplainTest {
    @TempDir
    Path tmp;

    private static String explained(TestProject p) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        new Build(p.options(), TestProject.extractor(), new PrintStream(log, true, StandardCharsets.UTF_8)).withExplain(true).run();
        return log.toString(StandardCharsets.UTF_8);
    }

    /** The report pages (reports/SLUG/index.html) the log explains with {@code why}. */
    private static Set<String> reportPages(String log, String why) {
        Set<String> pages = new TreeSet<>();
        for (String line : log.split("\n")) {
            if (line.matches("townstats: explain reports/[^/]+/index\\.html: .*") && line.endsWith(why)) pages.add(line);
        }
        return pages;
    }

    @Test
    void namesTheChangedReportAndExactlyTheFilesWithNewBytes() throws IOException {
        TestProject p = TestProject.withSamples(tmp.resolve("p"));
        p.addCopies(0, 6);
        p.build();
        String same = explained(p);
        assertTrue(same.contains("townstats: explain: nothing changed since the published build"), same);

        Map<String, String> before = TestProject.hashes(p.site);
        Path moved = p.reports.resolve("gen_0005.txt");
        assertTrue(Files.readString(moved).contains("4410"), "the copy states the sample's fiscal revenue");
        Files.writeString(moved, Files.readString(moved).replace("4410", "8820"));
        String log = explained(p);
        assertTrue(log.contains("townstats: explain: changed since the published build: reports (changed 1: gen_0005.txt)"), log);

        Map<String, String> after = TestProject.hashes(p.site);
        Set<String> newBytes = new TreeSet<>();
        after.forEach((path, hash) -> {
            if (!hash.equals(before.get(path)) && !path.equals(".townstats-manifest.json")) newBytes.add(path);
        });
        Set<String> saidNew = new TreeSet<>();
        for (String line : log.split("\n")) {
            if (line.startsWith("townstats: explain ") && (line.endsWith("new bytes") || line.contains("new bytes ("))) {
                saidNew.add(line.substring("townstats: explain ".length(), line.indexOf(": ", "townstats: explain ".length())));
            }
        }
        assertEquals(newBytes, saidNew, "every file with new bytes is explained as such, and no other: " + log);
        assertEquals(1, reportPages(log, "made again: its inputs changed; new bytes").size(), "the changed report's own page only: " + log);
    }

    @Test
    void saysWhatWasRemoved() throws IOException {
        TestProject p = TestProject.withSamples(tmp.resolve("q"));
        p.addCopies(0, 6);
        p.build();
        Files.delete(p.reports.resolve("gen_0004.txt"));
        String log = explained(p);
        assertTrue(log.contains("reports (removed 1: gen_0004.txt)"), log.lines().findFirst().orElse(""));
        assertEquals(1, reportPages(log, "removed: no longer in the site").size(), "the removed report's page: " + log);
    }
}
