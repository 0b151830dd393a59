package townstats.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.pipeline.Build;
import townstats.pipeline.TestProject;

/**
 * Issue 25, case 1: a cache entry that unpacks to gigabytes (3 MB of gzip, 3 GB unpacked) crashed every build with
 * OutOfMemoryError until the cache was deleted by hand; a chart entry's alt text was not under its checksum, so a
 * changed digit was published (3022年…) in every later build. Now such entries are damaged like any other: rebuilt and
 * replaced, the site built as if the cache were empty, the next build served from the cache again.
 */
class HostileCacheTest {
    @TempDir
    Path tmp;

    /** 3 GB of zeros as 48 gzip members of 64 MB each (a gzip file may hold several): about 3 MB on disk. */
    private static byte[] gzipBomb() throws IOException {
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(member, 1 << 16)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) gz.write(zeros);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int i = 0; i < 48; i++) member.writeTo(all);
        return all.toByteArray();
    }

    @Test
    void anEntryThatUnpacksToGigabytesIsRebuiltNotUnpacked() throws IOException {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        Build.Result clean = p.build();
        Map<String, Integer> facts = p.factsPerReport();
        ReportCache cache = ReportCache.open(p.dir.resolve(".townstats-cache"), TestProject.extractor().catalog().sourceHash());
        String key = cache.keyOf(p.reports, p.reports.resolve(TestProject.SAMPLE));
        Path entry = cache.entry(key);
        assertTrue(Files.isRegularFile(entry), entry.toString());
        byte[] bomb = gzipBomb();
        assertTrue(bomb.length < 4 << 20, "a few MB on disk: " + bomb.length);
        Files.write(entry, bomb);
        Files.delete(p.dir.resolve("site/.townstats-build")); // the site is written again, not left as it is
        Map<String, String> before = TestProject.hashes(p.content);

        Build.Result result = p.build();
        assertEquals(List.of(), result.skipped());
        assertEquals(1, result.reportsRead(), "the bomb's report is read again, the others come from the cache");
        assertEquals(clean.reports().size() - 1, result.reportsCached());
        assertEquals(facts, p.factsPerReport(), "the site is the same");
        assertEquals(before, TestProject.hashes(p.content), "inputs unchanged");
        assertTrue(Files.size(entry) < 1 << 20, "the entry is replaced: " + Files.size(entry));
        assertNotNull(cache.get(key), "by one that reads");

        Build.Result next = p.build();
        assertEquals(clean.reports().size(), next.reportsCached(), "the next build takes every report from the cache");
    }

    @Test
    void aChartEntryWhoseAltTextChangedIsDrawnAgain() throws IOException {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        p.addCopies(0, 20); // enough towns for the rankings to have charts
        p.build();
        Map<String, String> site = TestProject.hashes(p.site);
        Path entry = null;
        byte[] bytes = null;
        int at = -1;
        byte[] year = "2022年".getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> s = Files.walk(p.dir.resolve(".townstats-cache/charts"))) {
            for (Path f : s.filter(f -> f.toString().endsWith(".chart")).sorted().toList()) {
                byte[] b = Files.readAllBytes(f);
                int i = indexOf(b, year);
                if (i >= 0) {
                    entry = f;
                    bytes = b;
                    at = i;
                    break;
                }
            }
        }
        assertNotNull(entry, "a chart whose alt text names its year");
        bytes[at] = '3'; // 2022年 → 3022年, the image untouched
        Files.write(entry, bytes);
        deleteTree(p.site); // every page written again, the charts from the cache
        Map<String, String> before = TestProject.hashes(p.content);

        p.build();
        assertEquals(site, TestProject.hashes(p.site), "the same site: the altered alt text is not published");
        assertEquals(before, TestProject.hashes(p.content), "inputs unchanged");
        assertTrue(indexOf(Files.readAllBytes(entry), year) >= 0, "the entry is drawn again and replaced");
        assertFalse(indexOf(Files.readAllBytes(entry), "3022年".getBytes(StandardCharsets.UTF_8)) >= 0);

        deleteTree(p.site);
        p.build();
        assertEquals(site, TestProject.hashes(p.site), "the next build, from the cache, is the same");
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
