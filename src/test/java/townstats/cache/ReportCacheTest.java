package townstats.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.model.Document;
import townstats.model.Report;
import townstats.model.ReportFacts;
import townstats.pipeline.Build;
import townstats.pipeline.ReportPipeline;
import townstats.pipeline.TestProject;

/** Cache entries round-trip exactly; damaged, foreign and old entries are rebuilt, never trusted. */
class ReportCacheTest {
    @TempDir
    Path tmp;

    private static ReportFacts analyse(Path file) throws Exception {
        return new ReportPipeline(TestProject.extractor()).run(file.getParent(), file);
    }

    private static String catalog() {
        return TestProject.extractor().catalog().sourceHash();
    }

    @Test
    void everySampleRoundTripsExactly() throws Exception {
        ReportCache cache = ReportCache.open(tmp, catalog());
        for (Path file : TestProject.sampleFiles()) {
            ReportFacts original = analyse(file);
            String key = cache.keyOf(file.getParent(), file);
            cache.put(key, original);
            ReportFacts copy = cache.get(key);
            assertNotNull(copy, file.toString());
            assertSame(original, copy);
        }
        assertEquals(TestProject.sampleFiles().size(), cache.hits());
    }

    /** Field by field (records holding an int[] do not compare with equals). */
    private static void assertSame(ReportFacts a, ReportFacts b) {
        Report ra = a.document().report();
        Report rb = b.document().report();
        assertEquals(ra.id(), rb.id());
        assertEquals(ra.source(), rb.source());
        assertEquals(ra.format(), rb.format());
        assertEquals(ra.encoding(), rb.encoding());
        assertEquals(ra.decoded(), rb.decoded());
        assertEquals(ra.text(), rb.text());
        assertArrayEquals(ra.offsets(), rb.offsets());
        assertEquals(ra.metadata(), rb.metadata());
        assertEquals(ra.contentHash(), rb.contentHash());
        assertEquals(ra.warnings(), rb.warnings());
        Document da = a.document();
        Document db = b.document();
        assertEquals(da.title(), db.title());
        assertEquals(da.town(), db.town());
        assertEquals(da.county(), db.county());
        assertEquals(da.year(), db.year());
        assertEquals(da.anonymised(), db.anonymised());
        assertEquals(da.headings(), db.headings());
        assertEquals(da.sentences(), db.sentences());
        assertEquals(da.warnings(), db.warnings());
        assertEquals(a.place(), b.place());
        assertEquals(a.facts(), b.facts(), "facts, with values and growth as exact doubles");
        assertEquals(a.warnings(), b.warnings());
    }

    /**
     * An entry records the aliases its place was resolved under: a build under the same aliases takes the place as
     * stored (no gazetteer needed), one under others resolves it again; the record is under the entry's checksum.
     */
    @Test
    void anEntryTellsWhetherItsPlaceIsCurrent() throws Exception {
        Path file = TestProject.SAMPLES.resolve(TestProject.SAMPLE);
        ReportCache cache = ReportCache.open(tmp, catalog()).resolvingPlacesUnder("aliases A");
        String key = cache.keyOf(file.getParent(), file);
        cache.put(key, analyse(file));
        assertTrue(ReportCache.open(tmp, catalog()).resolvingPlacesUnder("aliases A").lookup(key).placeCurrent());
        assertFalse(ReportCache.open(tmp, catalog()).resolvingPlacesUnder("aliases B").lookup(key).placeCurrent());
        assertFalse(ReportCache.open(tmp, catalog()).lookup(key).placeCurrent(), "aliases not said: never current");

        String plain = new String(gunzip(Files.readAllBytes(cache.entry(key))), StandardCharsets.ISO_8859_1);
        String header = plain.substring(0, plain.indexOf('\n'));
        String other = header.substring(0, header.lastIndexOf(' ') + 1) + "0".repeat(64);
        Files.write(cache.entry(key), gzip((other + plain.substring(header.length())).getBytes(StandardCharsets.ISO_8859_1)));
        assertNull(ReportCache.open(tmp, catalog()).lookup(key), "the aliases record altered: the checksum refuses the entry");
    }

    @Test
    void damagedEntriesAreRejectedAndDeleted() throws Exception {
        Path file = TestProject.SAMPLES.resolve(TestProject.SAMPLE);
        ReportCache cache = ReportCache.open(tmp, catalog());
        String key = cache.keyOf(file.getParent(), file);
        cache.put(key, analyse(file));
        Path entry = cache.entry(key);
        byte[] good = Files.readAllBytes(entry);

        // Truncated (a build killed while writing, a full disk).
        Files.write(entry, java.util.Arrays.copyOf(good, good.length / 2));
        assertNull(cache.get(key));
        assertFalse(Files.exists(entry), "a rejected entry is deleted");

        // One byte of the body changed, gzip rebuilt around it: only the checksum can tell.
        byte[] plain = gunzip(good);
        String s = new String(plain, StandardCharsets.UTF_8);
        int at = s.indexOf("\"value\":") + 8;
        byte[] tampered = s.substring(0, at).concat(s.charAt(at) == '9' ? "8" : "9").concat(s.substring(at + 1)).getBytes(StandardCharsets.UTF_8);
        Files.write(entry, gzip(tampered));
        assertNull(cache.get(key));

        // Garbage.
        Files.writeString(entry, "not a cache entry");
        assertNull(cache.get(key));
        assertEquals(3, cache.rejected());

        // Rebuilt by the next put, then trusted again.
        cache.put(key, analyse(file));
        assertNotNull(cache.get(key));
    }

    @Test
    void entriesOfAnotherVersionAreNotTrusted() throws Exception {
        Path file = TestProject.SAMPLES.resolve(TestProject.SAMPLE);
        ReportCache cache = ReportCache.open(tmp, catalog());
        String key = cache.keyOf(file.getParent(), file);
        cache.put(key, analyse(file));
        byte[] plain = gunzip(Files.readAllBytes(cache.entry(key)));
        String header = new String(plain, 0, indexOf(plain, (byte) '\n'), StandardCharsets.US_ASCII);
        assertTrue(header.startsWith("townstats-cache " + ReportCache.FORMAT + " " + cache.version() + " " + key + " "),
                header + " / version " + cache.version() + " key " + key);

        // An older format with a valid checksum: refused.
        String old = header.replace("townstats-cache " + ReportCache.FORMAT + " ", "townstats-cache 0 ");
        byte[] rewritten = concat(old.getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOfRange(plain, header.length(), plain.length));
        Files.write(cache.entry(key), gzip(rewritten));
        assertNull(cache.get(key));

        // Another catalogue: another version folder, so a miss.
        ReportCache other = ReportCache.open(tmp, "another catalogue");
        assertFalse(other.version().equals(cache.version()));
        cache.put(key, analyse(file));
        assertNull(other.get(key));
    }

    @Test
    void pruneKeepsUsedEntriesOnlyAndTouchesNothingElse() throws Exception {
        Path file = TestProject.SAMPLES.resolve(TestProject.SAMPLE);
        ReportCache old = ReportCache.open(tmp, "old catalogue");
        ReportCache cache = ReportCache.open(tmp, catalog());
        String key = cache.keyOf(file.getParent(), file);
        old.put(key, analyse(file));
        cache.put(key, analyse(file));
        String unused = "f".repeat(64);
        cache.put(unused, analyse(file));
        Path mine = tmp.resolve("notes.txt");
        Files.writeString(mine, "a user's file");

        ReportCache next = ReportCache.open(tmp, catalog());
        assertNotNull(next.get(key));
        next.prune();
        assertTrue(Files.exists(next.entry(key)));
        assertFalse(Files.exists(next.entry(unused)), "unused entry pruned");
        assertFalse(Files.exists(old.entry(key)), "other versions pruned");
        assertEquals("a user's file", Files.readString(mine));
    }

    @Test
    void aBuildWithACorruptCacheGivesTheSameSite() throws Exception {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        p.build();
        String facts = Files.readString(p.site.resolve("data/facts.json"));
        try (var s = Files.walk(p.dir.resolve(".townstats-cache"))) {
            for (Path e : s.filter(f -> f.toString().endsWith(".gz")).toList()) Files.write(e, new byte[] {1, 2, 3});
        }
        Files.delete(p.site.resolve(".townstats-build")); // else nothing changed, and the cache is not even looked at
        Build.Result again = p.build();
        assertEquals(TestProject.sampleFiles().size(), again.reportsRead(), "every damaged entry was rebuilt");
        assertEquals(facts, Files.readString(p.site.resolve("data/facts.json")));
        assertEquals(1, again.pagesWritten(), "only the marker deleted above is written again");
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) if (b[i] == x) return i;
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] gunzip(byte[] b) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }
}
