package townstats.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing swaps whole sites, one build at a time, and never deletes anything outside the output. */
class SitePublisherTest {
    @TempDir
    Path tmp;

    private static void publish(Path out, String index) throws IOException {
        try (SitePublisher p = SitePublisher.open(out)) {
            Files.writeString(p.staging().resolve("index.html"), index);
            p.publish();
        }
    }

    @Test
    void publishesAndCleansUp() throws IOException {
        Path out = tmp.resolve("site");
        publish(out, "one");
        publish(out, "two");
        assertEquals("two", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(tmp.resolve("site.building")));
        assertFalse(Files.exists(tmp.resolve("site.previous")));
    }

    @Test
    void refusesASymlinkedOutputFolder() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(real.resolve("keep.txt"), "precious");
        Path out = Files.createSymbolicLink(tmp.resolve("site"), real);
        IOException e = assertThrows(IOException.class, () -> SitePublisher.open(out));
        assertTrue(e.getMessage().contains("is a symbolic link"), e.getMessage());
        assertEquals("precious", Files.readString(real.resolve("keep.txt")));
        assertTrue(Files.isSymbolicLink(out));
    }

    @Test
    void aSymlinkInsideTheOldSiteIsNotFollowedWhenDeleting() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "precious");
        Path out = tmp.resolve("site");
        publish(out, "one");
        Files.createSymbolicLink(out.resolve("escape"), outside);
        Files.createSymbolicLink(out.resolve("file-link"), outside.resolve("keep.txt"));
        // Also in a stale staging folder that open() clears.
        Files.createDirectories(tmp.resolve("site.building"));
        Files.createSymbolicLink(tmp.resolve("site.building/escape"), outside);
        publish(out, "two");
        assertEquals("precious", Files.readString(outside.resolve("keep.txt")));
        assertFalse(Files.exists(out.resolve("escape"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void secondBuildOnTheSameOutputRefusesNamingTheLock() throws IOException {
        Path out = tmp.resolve("site");
        try (SitePublisher first = SitePublisher.open(out)) {
            IOException e = assertThrows(IOException.class, () -> SitePublisher.open(out));
            assertEquals("another build is writing " + out + " (lock site.lock is held)", e.getMessage());
            assertTrue(Files.isDirectory(first.staging()), "the refused build did not clear the first one's staging");
        }
        publish(out, "after"); // the lock was released
    }

    @Test
    void recoversASiteLeftAsPreviousByABuildKilledMidSwap() throws IOException {
        Path out = tmp.resolve("site");
        publish(out, "good");
        Files.move(out, tmp.resolve("site.previous")); // killed between the two moves of publish()
        try (SitePublisher p = SitePublisher.open(out)) {
            assertEquals("good", Files.readString(out.resolve("index.html")));
        }
    }

    @Test
    void neverDeletesOutsideItsOwnFolders() throws IOException {
        Path out = tmp.resolve("site");
        Files.writeString(tmp.resolve("site.txt"), "neighbour");
        Files.createDirectories(tmp.resolve("site-old"));
        publish(out, "one");
        publish(out, "two");
        assertEquals("neighbour", Files.readString(tmp.resolve("site.txt")));
        assertTrue(Files.isDirectory(tmp.resolve("site-old")));
    }

    @Test
    void refusesToReplaceAFolderThatIsNotASite() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("notes.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> SitePublisher.open(project));
        assertEquals("refusing to replace " + project + ": it is not a site built by townstats (no index.html); "
                + "give an empty or new folder as --out", e.getMessage());
        assertEquals("mine", Files.readString(project.resolve("notes.txt")));
        Files.createDirectories(tmp.resolve("empty"));
        publish(tmp.resolve("empty"), "fine");
    }
}
