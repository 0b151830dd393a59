package townstats.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteOutputTest {
    @TempDir
    Path tmp;

    @Test
    void refusesPathsThatEscapeOrThatWindowsCannotHold() {
        SiteOutput site = new SiteOutput(tmp.resolve("site"));
        for (String bad : List.of("../x.html", "a/../../x.html", "..", "/etc/passwd", "\\\\server\\share", "C:/x.html",
                "c:x.html", "a\0b.html", "a\\..\\..\\x", "CON", "con.html", "data/LPT1.txt", "nul", "Com9.json", "aux/index.html",
                "prn.", "x.", "a /b", "a\nb", "", "town:alt")) {
            assertThrows(IOException.class, () -> site.write(bad, "x"), "must refuse " + bad.replace("\0", "\\0"));
        }
        assertFalse(Files.exists(tmp.resolve("x.html")));
    }

    /** Pages are written on several threads: none may find its folder still being made by another. */
    @Test
    void manyThreadsWritingIntoNewFoldersAllSucceed() throws Exception {
        SiteOutput site = new SiteOutput(tmp.resolve("site"));
        java.util.Map<String, townstats.util.SiteFiles.Writing> files = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 400; i++) {
            String path = "data/d" + (i % 7) + "/f" + i + ".txt";
            byte[] bytes = ("file " + i).getBytes(StandardCharsets.UTF_8);
            if (i % 2 == 0) files.put(path, out -> out.write(bytes));
            else files.put(path, out -> site.write(path + ".bytes", bytes));
        }
        site.writeAll(files);
        for (int i = 0; i < 400; i++) {
            Path f = tmp.resolve("site/data/d" + (i % 7) + "/f" + i + ".txt");
            assertTrue(Files.exists(f), f.toString());
            if (i % 2 == 1) assertEquals("file " + i, Files.readString(tmp.resolve("site/data/d" + (i % 7) + "/f" + i + ".txt.bytes")));
        }
        assertEquals(600, site.written());
    }

    @Test
    void acceptsOrdinaryPaths() throws IOException {
        SiteOutput site = new SiteOutput(tmp.resolve("site"));
        for (String good : List.of("index.html", "data/facts.json", "towns/潭头镇/2022.html", "console.html", "a/./b.html",
                "comics/con-artist.html", ".well-known/x.txt")) {
            site.write(good, "x");
        }
        assertEquals(7, site.written());
        assertTrue(Files.exists(tmp.resolve("site/towns/潭头镇/2022.html")));
    }

    @Test
    void sameBytesKeepThePublishedFileAndItsMtime() throws IOException {
        Path published = tmp.resolve("site");
        Files.createDirectories(published.resolve("data"));
        Files.writeString(published.resolve("data/a.json"), "{}");
        Files.writeString(published.resolve("b.html"), "old");
        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(published.resolve("data/a.json"), longAgo);

        SiteOutput site = new SiteOutput(tmp.resolve("site.building"), published, "base");
        site.write("data/a.json", "{}");
        site.write("b.html", "new");
        assertEquals(1, site.unchanged());
        assertEquals(1, site.written());
        Path kept = tmp.resolve("site.building/data/a.json");
        assertEquals(longAgo, Files.getLastModifiedTime(kept));
        assertTrue(Files.isSameFile(kept, published.resolve("data/a.json")), "hard-linked, not copied");
        assertEquals("old", Files.readString(published.resolve("b.html")), "the published site is never written into");

        // Writing the linked path again with other bytes must not change the published file through the link.
        site.write("data/a.json", "{\"changed\":true}");
        assertEquals("{}", Files.readString(published.resolve("data/a.json")));
    }

    @Test
    void reuseIfUnchangedSkipsRenderingWhenInputsAreTheSame() throws IOException {
        Path published = tmp.resolve("site");
        SiteOutput first = new SiteOutput(tmp.resolve("site.building"), published, "theme-1");
        assertFalse(first.reuseIfUnchanged("towns/a.html", "report-hash-1"), "nothing published yet");
        first.write("towns/a.html", "<p>a</p>".getBytes(StandardCharsets.UTF_8), "report-hash-1");
        first.finish();
        Files.move(tmp.resolve("site.building"), published);
        assertTrue(Files.exists(published.resolve(Manifest.FILE)));

        SiteOutput second = new SiteOutput(tmp.resolve("site.building"), published, "theme-1");
        assertTrue(second.reuseIfUnchanged("towns/a.html", "report-hash-1"));
        assertEquals("<p>a</p>", Files.readString(tmp.resolve("site.building/towns/a.html")));
        assertFalse(second.reuseIfUnchanged("towns/a.html", "report-hash-2"), "other inputs: render again");
        assertFalse(second.reuseIfUnchanged("towns/b.html", "report-hash-1"), "never published");
        assertEquals(1, second.unchanged());

        SiteOutput otherTheme = new SiteOutput(tmp.resolve("site.other"), published, "theme-2");
        assertFalse(otherTheme.reuseIfUnchanged("towns/a.html", "report-hash-1"), "the base inputs (theme) changed");

        Files.delete(published.resolve("towns/a.html"));
        Files.writeString(published.resolve("towns/a.html"), "<p>edited by hand</p>");
        SiteOutput tampered = new SiteOutput(tmp.resolve("site.third"), published, "theme-1");
        assertFalse(tampered.reuseIfUnchanged("towns/a.html", "report-hash-1"), "the manifest is a hint, the bytes are checked");
    }

    /**
     * A published file whose size and time are those the manifest recorded (and older than the manifest by 2 s) is known
     * unchanged without being read, as git's index and rsync know a file: shown here by bytes changed behind the
     * manifest's back with size and time restored, which are trusted; a changed time makes it read and compared.
     */
    @Test
    void aFileKeepingItsRecordedSizeAndTimeIsNotRead() throws IOException {
        Path published = tmp.resolve("site");
        SiteOutput first = new SiteOutput(tmp.resolve("site.building"), published, "theme-1");
        first.write("towns/a.html", "<p>a</p>".getBytes(StandardCharsets.UTF_8), "report-hash-1");
        first.finish();
        Files.move(tmp.resolve("site.building"), published);
        Path page = published.resolve("towns/a.html");
        FileTime recorded = Files.getLastModifiedTime(page);
        Files.setLastModifiedTime(published.resolve(Manifest.FILE), FileTime.fromMillis(recorded.toMillis() + 10_000));

        Files.writeString(page, "<p>b</p>"); // the same size
        Files.setLastModifiedTime(page, recorded);
        assertTrue(new SiteOutput(tmp.resolve("s2"), published, "theme-1").reuseIfUnchanged("towns/a.html", "report-hash-1"),
                "size and time as recorded: not read");
        Files.setLastModifiedTime(page, FileTime.fromMillis(recorded.toMillis() - 60_000));
        assertFalse(new SiteOutput(tmp.resolve("s3"), published, "theme-1").reuseIfUnchanged("towns/a.html", "report-hash-1"),
                "another time: read, and found changed");
    }

    @Test
    void finishAdoptsFilesCopiedWithoutSiteOutput() throws IOException {
        Path published = tmp.resolve("site");
        Files.createDirectories(published.resolve("assets"));
        Files.writeString(published.resolve("assets/site.css"), "body{}");
        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(published.resolve("assets/site.css"), longAgo);

        Path staging = tmp.resolve("site.building");
        Files.createDirectories(staging.resolve("assets"));
        Files.writeString(staging.resolve("assets/site.css"), "body{}"); // as a renderer's copyAssets does
        Files.writeString(staging.resolve("assets/new.css"), "p{}");
        SiteOutput site = new SiteOutput(staging, published, "base");
        site.finish();
        assertEquals(1, site.unchanged());
        assertEquals(1, site.written());
        assertEquals(longAgo, Files.getLastModifiedTime(staging.resolve("assets/site.css")));
    }

    @Test
    void aSymlinkInThePublishedSiteIsNotFollowed() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.html"), "same");
        Path published = Files.createDirectories(tmp.resolve("site"));
        Files.createSymbolicLink(published.resolve("linked"), outside);
        SiteOutput site = new SiteOutput(tmp.resolve("site.building"), published, "base");
        site.write("linked/secret.html", "same");
        assertEquals(1, site.written(), "not linked to a file outside the site");
        assertFalse(Files.isSameFile(tmp.resolve("site.building/linked/secret.html"), outside.resolve("secret.html")));
    }
}
