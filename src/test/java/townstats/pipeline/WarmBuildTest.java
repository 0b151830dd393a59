package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running watch keeps its reports in memory: a rebuild reads only the report that changed, and not the cache. */
class WarmBuildTest {
    @TempDir
    Path tmp;

    @Test
    void aRebuildTakesUnchangedReportsFromMemoryAndReadsTheChangedOne() throws IOException {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        Build.Warm warm = new Build.Warm();
        Build.Result first = build(p, warm);
        assertEquals(5, first.reportsRead() + first.reportsCached());
        assertEquals(5, warm.size());

        Build.Result second = rebuildWithoutCacheEntries(p, warm);
        assertEquals(1, second.reportsRead(), "only the changed report is read");
        assertEquals(4, second.reportsCached());

        // new aliases may move a town: nothing is taken from memory under other aliases (only the changed report is in
        // the cache, the others' entries were deleted above)
        Files.writeString(p.content.resolve("aliases.yml"), "towns: {}\n");
        Build.Result third = build(p, warm);
        assertEquals(4, third.reportsRead());
        assertEquals(1, third.reportsCached());
    }

    /**
     * A watch that starts on an up-to-date site writes nothing, but takes every report into memory: its first rebuild
     * after a change reads only the changed report, even with the cache's entries gone.
     */
    @Test
    void aWatchStartingOnAnUpToDateSiteHoldsItsReportsForTheFirstRebuild() throws IOException {
        TestProject p = TestProject.withSamples(tmp.resolve("uptodate"));
        p.build();
        Build.Warm warm = new Build.Warm();
        Build.Result start = build(p, warm);
        assertEquals(0, start.pagesWritten(), "nothing changed: nothing written");
        assertEquals(5, warm.size(), "every report held");

        Build.Result next = rebuildWithoutCacheEntries(p, warm);
        assertEquals(1, next.reportsRead(), "only the changed report is read");
        assertEquals(4, next.reportsCached());
    }

    /** One sample changed, then a build with the cache's entries gone: only memory can spare the reading. */
    private static Build.Result rebuildWithoutCacheEntries(TestProject p, Build.Warm warm) throws IOException {
        try (Stream<Path> files = Files.walk(p.dir.resolve(".townstats-cache").resolve("reports"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".gz")).toList()) Files.delete(f);
        }
        Path changed = p.reports.resolve(TestProject.SAMPLE);
        Files.writeString(changed, Files.readString(changed).replace("4410万元", "4420万元"));
        return build(p, warm);
    }

    private static Build.Result build(TestProject p, Build.Warm warm) throws IOException {
        return new Build(p.options(), TestProject.extractor(), new PrintStream(p.log, true)).withWarm(warm).run();
    }
}
