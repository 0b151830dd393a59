package townstats.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report file is read and hashed again only when its size or time (or its sidecar's) changed since the snapshot. */
class SourceSnapshotTest {
    @TempDir
    Path tmp;

    private Path report(String name, String text, long mtime) throws Exception {
        Path f = tmp.resolve("reports").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        Files.setLastModifiedTime(f, FileTime.fromMillis(mtime));
        return f;
    }

    @Test
    void anUnchangedFileIsKnownByItsSizeAndTimeAndAChangedOneIsHashed() throws Exception {
        long old = System.currentTimeMillis() - 60_000;
        Path a = report("a.txt", "潭头镇2022年工作总结", old);
        Path b = report("b\twith tab.txt", "张坊镇2022年工作总结", old);
        Path side = tmp.resolve("reports").resolve("a.yml");
        SourceSnapshot first = SourceSnapshot.load(tmp);
        String hashA = first.hashOf("a.txt", a, side, Long.MAX_VALUE);
        String hashB = first.hashOf("b\twith tab.txt", b, tmp.resolve("reports").resolve("b\twith tab.yml"), Long.MAX_VALUE);
        assertEquals(2, first.hashed());
        first.save();

        SourceSnapshot second = SourceSnapshot.load(tmp);
        assertEquals(hashA, second.hashOf("a.txt", a, side, Long.MAX_VALUE));
        assertEquals(hashB, second.hashOf("b\twith tab.txt", b, tmp.resolve("reports").resolve("b\twith tab.yml"), Long.MAX_VALUE));
        assertEquals(0, second.hashed(), "both known by size and time, none read");

        // the same size, another time: read again, and the new bytes give a new hash
        report("a.txt", "潭头镇2023年工作总结", old + 1000);
        Files.writeString(side, "year: 2023\n");
        Files.setLastModifiedTime(side, FileTime.fromMillis(old));
        assertNotEquals(hashA, second.hashOf("a.txt", a, side, Long.MAX_VALUE));
        assertEquals(1, second.hashed());
    }

    @Test
    void aFileChangedJustBeforeTheSnapshotIsNotTrustedByItsTime() throws Exception {
        Path a = report("a.txt", "潭头镇2022年工作总结", System.currentTimeMillis());
        SourceSnapshot first = SourceSnapshot.load(tmp);
        first.hashOf("a.txt", a, tmp.resolve("a.yml"), Long.MAX_VALUE);
        first.save();
        SourceSnapshot second = SourceSnapshot.load(tmp);
        second.hashOf("a.txt", a, tmp.resolve("a.yml"), Long.MAX_VALUE);
        assertEquals(1, second.hashed(), "written within the racy window: hashed again");
    }

    @Test
    void aDamagedSnapshotOnlyMeansEveryFileIsHashedAgain() throws Exception {
        Path a = report("a.txt", "潭头镇2022年工作总结", System.currentTimeMillis() - 60_000);
        Files.writeString(tmp.resolve(SourceSnapshot.FILE), "townstats-snapshot 1 notanumber\n\u0000garbage");
        SourceSnapshot s = SourceSnapshot.load(tmp);
        s.hashOf("a.txt", a, tmp.resolve("a.yml"), Long.MAX_VALUE);
        assertEquals(1, s.hashed());
    }
}
