package townstats.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25, case 6: publish renamed site/ to site.previous/ and then site.building/ to site/, so a kill -9 between the
 * two left no site/ until the next build, and a reader could meet the gap. The new site is now switched in with one
 * atomic exchange (renameat2 RENAME_EXCHANGE): site/ is never missing; where the file system cannot exchange, the
 * two renames remain and the next build puts the old site back.
 */
class AtomicSwitchTest {
    @TempDir
    Path tmp;

    private static void publish(Path out, String index, boolean exchange) throws IOException {
        try (SitePublisher p = SitePublisher.open(out, exchange)) {
            Files.writeString(p.staging().resolve("index.html"), index);
            p.publish();
        }
    }

    @Test
    void theSiteIsNeverMissingWhileANewOneIsSwitchedIn() throws Exception {
        assertTrue(AtomicExchange.available(), "Linux with glibc 2.28 or later: the exchange is used");
        Path out = tmp.resolve("site");
        publish(out, "0", true);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger looks = new AtomicInteger();
        AtomicInteger missing = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                looks.incrementAndGet();
                if (!Files.isRegularFile(out.resolve("index.html"))) missing.incrementAndGet();
            }
        });
        reader.start();
        try {
            for (int i = 1; i <= 300; i++) publish(out, String.valueOf(i), true);
        } finally {
            done.set(true);
            reader.join();
        }
        assertEquals(0, missing.get(), "site/index.html missing in " + missing + " of " + looks + " looks");
        assertEquals("300", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(tmp.resolve("site.building")));
        assertFalse(Files.exists(tmp.resolve("site.previous")));
    }

    @Test
    void aBuildKilledAfterTheSwitchLeavesTheNewSiteAndTheNextBuildClearsTheOld() throws IOException {
        Path out = tmp.resolve("site");
        publish(out, "old", true);
        Path staging = Files.createDirectories(tmp.resolve("site.building"));
        Files.writeString(staging.resolve("index.html"), "new");
        assertTrue(AtomicExchange.swap(staging, out));
        // killed here: site/ is the new site, site.building/ the old one
        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertEquals("old", Files.readString(staging.resolve("index.html")));
        publish(out, "next", true);
        assertEquals("next", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(staging, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void withoutTheExchangeTwoRenamesAndTheNextBuildRecovers() throws IOException {
        Path out = tmp.resolve("site");
        publish(out, "one", false);
        publish(out, "two", false);
        assertEquals("two", Files.readString(out.resolve("index.html")));
        Files.move(out, tmp.resolve("site.previous")); // killed between the two renames
        try (SitePublisher p = SitePublisher.open(out, false)) {
            assertEquals("two", Files.readString(out.resolve("index.html")), "put back before anything else");
        }
        assertFalse(Files.exists(tmp.resolve("site.previous")));
    }
}
