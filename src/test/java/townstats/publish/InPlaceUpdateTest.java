package townstats.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.pipeline.TestProject;

/**
 * The site before is kept as site.spare/ and the next build changes only what differs in it: the result is the site
 * a clean build makes, byte for byte, whatever was added, changed or removed; a spare without its mark (a build
 * killed while updating it) is never trusted.
 */
class InPlaceUpdateTest {
    @TempDir
    Path tmp;

    @Test
    void aSiteUpdatedInPlaceEqualsACleanBuild() throws Exception {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        p.build();
        Path sample = p.reports.resolve(TestProject.SAMPLE);
        Files.writeString(sample, Files.readString(sample).replace("4410万元", "4420万元"));
        p.build();
        Path spare = p.dir.resolve("site.spare");
        assertTrue(Files.isRegularFile(spare.resolve(SitePublisher.COMPLETE)), "the site before is kept, marked complete");

        // changed again, one report removed: the spare is updated in place
        Files.writeString(sample, Files.readString(sample).replace("4420万元", "4430万元"));
        Path removed = p.reports.resolve("003_d722e7b801051bc4.txt");
        Files.delete(removed);
        p.build();
        assertEquals(clean(p), TestProject.hashes(p.site), "the updated site is a clean build's");
        assertFalse(Files.exists(p.dir.resolve("site.building")));
    }

    @Test
    void aSpareWithoutItsMarkIsClearedNotUsed() throws Exception {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        p.build();
        Path spare = Files.createDirectories(p.dir.resolve("site.spare/towns"));
        Files.writeString(spare.resolve("stale.html"), "half of an update");
        Path sample = p.reports.resolve(TestProject.SAMPLE);
        Files.writeString(sample, Files.readString(sample).replace("4410万元", "4420万元"));
        p.build();
        assertFalse(Files.exists(p.site.resolve("towns/stale.html")));
        assertEquals(clean(p), TestProject.hashes(p.site));
    }

    /** The same content built from scratch into a project of its own. */
    private Map<String, String> clean(TestProject p) throws Exception {
        TestProject fresh = new TestProject(tmp.resolve("fresh-" + System.nanoTime()));
        TestProject.copyTree(p.content, fresh.content);
        fresh.build();
        return TestProject.hashes(fresh.site);
    }
}
