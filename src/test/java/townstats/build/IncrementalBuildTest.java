package townstats.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unchanged inputs: nothing read, nothing written. One new report: only it is read, only what shows it is written. */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    @Test
    void unchangedRebuildWritesNothingAndOneNewReportOnlyItsDependents() throws IOException {
        TestProject p = TestProject.withSamples(tmp);
        int samples = TestProject.sampleFiles().size();
        Build.Result first = p.build();
        assertEquals(samples, first.reportsRead());
        assertEquals(0, first.reportsCached());
        assertEquals(0, first.pagesUnchanged());
        int files = TestProject.hashes(p.site).size() - 1; // all but the manifest
        assertEquals(files, first.pagesWritten(), "every file of a first build is written");

        Map<String, String> bytes = TestProject.hashes(p.site);
        Map<String, String> mtimes = TestProject.mtimes(p.site);
        Build.Result again = p.build();
        assertEquals(0, again.reportsRead(), "no report is read again");
        assertEquals(samples, again.reportsCached());
        assertEquals(0, again.pagesWritten(), "no page is written");
        assertEquals(files, again.pagesUnchanged());
        assertEquals(bytes, TestProject.hashes(p.site));
        assertEquals(mtimes, TestProject.mtimes(p.site), "every mtime stays (rsync and web caches see no change)");

        p.addCopies(0, 1);
        Build.Result added = p.build();
        assertEquals(1, added.reportsRead(), "only the new report is read");
        assertEquals(samples, added.reportsCached());
        Map<String, String> after = TestProject.mtimes(p.site);
        Set<String> changed = new TreeSet<>();
        after.forEach((path, mtime) -> {
            if (!mtime.equals(mtimes.get(path)) && !path.equals(".townstats-manifest.json")) changed.add(path);
        });
        assertEquals(changed.size(), added.pagesWritten(), "the count is the files that changed: " + changed);
        assertEquals(after.size() - 1 - changed.size(), added.pagesUnchanged());
        // The lists, data files, search index and comparative pages show every report; a town's ranks may move
        // with a new peer. Another report's reader page and original file depend only on that report.
        for (String path : changed) {
            boolean existed = mtimes.containsKey(path);
            boolean otherReportPage = path.startsWith("reports/") && !path.equals("reports/index.html");
            assertTrue(!(existed && otherReportPage), "another report's page was rewritten: " + path);
            assertTrue(!path.startsWith("assets/") || path.equals("assets/search-index.js"), "theme asset rewritten: " + path);
        }
        assertTrue(changed.containsAll(Set.of("index.html", "data/facts.json", "data/facts.csv", "data/reports.json")), changed.toString());
        assertTrue(changed.stream().anyMatch(path -> path.startsWith("reports/") && !mtimes.containsKey(path)), "the new report's page");
        assertTrue(p.factsPerReport().containsKey("gen_0000"));
    }

    @Test
    void aNewOrChangedSidecarRereadsItsReportOnly() throws IOException {
        TestProject p = TestProject.withSamples(tmp);
        p.build();
        Files.writeString(p.reports.resolve("000_3b4a4675a0c82837.yml"), "county: 测试县\n");
        Build.Result result = p.build();
        assertEquals(1, result.reportsRead());
        assertEquals("测试县", result.reports().stream().filter(r -> r.reportId().equals("000_3b4a4675a0c82837"))
                .findFirst().orElseThrow().document().county());
        Files.writeString(p.reports.resolve("000_3b4a4675a0c82837.yml"), "county: 另一县\n");
        assertEquals(1, p.build().reportsRead());
    }

    @Test
    void changedThemeRewritesOnlyWhatChanged() throws IOException {
        TestProject p = TestProject.withSamples(tmp);
        Path theme = tmp.resolve("theme");
        TestProject.copyTree(TestProject.THEME, theme);
        Build.Options options = new Build.Options(p.content, p.site, theme, false);
        new Build(options, TestProject.extractor(), System.err).run();
        Files.writeString(theme.resolve("assets/extra.css"), "body{}\n");
        Build.Result result = new Build(options, TestProject.extractor(), System.err).run();
        assertEquals(2, result.pagesWritten(), "only the new asset and the build fingerprint (.townstats-build) are new");
        assertEquals(0, result.reportsRead(), "a theme change does not re-read reports");
    }
}
