package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.ingest.ContentFiles;
import townstats.util.Hashes;

/**
 * Issue 25, case 5: 10,000 nested folders took the scan 85 s and were refused as a "symbolic link outside content"
 * (there was no link) in a message of 4,115 characters. Now the folder at the depth limit is refused in one short line
 * as nested too deep, at once; the reports above it and the rest of the site are built.
 */
class NestedFoldersTest {
    @TempDir
    Path tmp;
    private TestProject p;

    @AfterEach
    void removeTheChain() throws IOException {
        if (p != null) DeepFolders.delete(p.reports, "a");
    }

    @Test
    void tenThousandNestedFoldersAreRefusedAtTheDepthLimitInOneShortLine() throws IOException {
        p = TestProject.withSamples(tmp.resolve("project"));
        DeepFolders.create(p.reports, "a", 10_000);
        // a report five folders down is read as always
        Path five = p.reports.resolve("a/a/a/a/a");
        Files.writeString(five.resolve("qingshi.txt"), "青石镇2022年工作总结\n全年完成财政收入4410万元，同比增长5%。\n", StandardCharsets.UTF_8);
        Map<String, String> before = hashes(p.content);

        long started = System.nanoTime();
        Build.Result result = p.build();
        long millis = (System.nanoTime() - started) / 1_000_000;
        String deepest = String.join("/", java.util.Collections.nCopies(ContentFiles.MAX_DEPTH, "a"));
        assertEquals(List.of(new Build.Skipped(deepest, "folder nested too deep")), result.skipped());
        assertTrue(p.log().contains("townstats: skipped " + deepest + ": folder nested too deep\n"), p.log());
        assertTrue(p.log().lines().allMatch(l -> l.length() <= 300), p.log());
        assertTrue(millis < 30_000, "the whole build took " + millis + " ms");
        assertEquals(TestProject.sampleFiles().size() + 1, p.factsPerReport().size(), "the samples and the report five folders down");
        assertEquals(before, hashes(p.content), "inputs unchanged");

        Build.Result again = p.build();
        assertEquals(result.skipped(), again.skipped(), "the next build says the same");
        assertEquals(TestProject.sampleFiles().size() + 1, again.reportsCached());
    }

    /** The files of the content down to 40 levels (the chain goes on below, untouched). */
    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root, 40)) {
            for (Path f : s.toList()) {
                String key = root.relativize(f).toString();
                out.put(key, Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) ? Hashes.sha256(Files.readAllBytes(f)) : "folder");
            }
        }
        return out;
    }
}
