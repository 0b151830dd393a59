package townstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeWatcherTest {
    @TempDir
    Path tmp;

    @Test
    void waitsForAFileStillBeingCopiedAndIgnoresTheOutput() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content/reports"));
        Path site = Files.createDirectories(tmp.resolve("content/site"));
        try (ChangeWatcher watcher = new ChangeWatcher(List.of(tmp.resolve("content")), List.of(site), 150)) {
            CompletableFuture<Long> changed = CompletableFuture.supplyAsync(() -> {
                try {
                    return watcher.awaitChange() ? System.nanoTime() : -1L;
                } catch (InterruptedException e) {
                    return -1L;
                }
            });
            Files.writeString(site.resolve("index.html"), "output changes are not content changes");
            Thread.sleep(600);
            assertTrue(!changed.isDone(), "a change in the output folder does not count");

            // A slow copy: 10 chunks, 100 ms apart.
            Path file = content.resolve("slow.txt");
            long finished;
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int i = 0; i < 10; i++) {
                    out.write("潭头镇2022年工作总结。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(100);
                }
                finished = System.nanoTime();
            }
            long at = changed.get(30, TimeUnit.SECONDS);
            assertTrue(at > finished, "reported only after the copy finished");
            assertEquals(10, Files.readAllLines(file).size());
        }
    }

    /**
     * Issue 25, case 7: a copy that paused for 0.8 s or more was built half-written, though README says a file being
     * copied is waited for. Now every file must hold still for the stated quiet time (2 s) first.
     */
    @Test
    void aCopyThatPausesForLessThanTheQuietTimeIsNotReportedHalfWritten() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content/reports"));
        try (ChangeWatcher watcher = new ChangeWatcher(List.of(tmp.resolve("content")), List.of(), 300)) {
            CompletableFuture<Long> changed = CompletableFuture.supplyAsync(() -> {
                try {
                    return watcher.awaitChange() ? System.nanoTime() : -1L;
                } catch (InterruptedException e) {
                    return -1L;
                }
            });
            Path file = content.resolve("paused.txt");
            byte[] half = "潭头镇2022年工作总结。\n".repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            long finished;
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(half);
                out.flush();
                Thread.sleep(1500); // the copy stalls (a network share, a USB stick)
                assertTrue(!changed.isDone(), "not reported during the pause");
                out.write(half);
                finished = System.nanoTime();
            }
            long at = changed.get(30, TimeUnit.SECONDS);
            assertTrue(at > finished, "reported only after the copy finished");
            assertTrue(at - finished >= TimeUnit.MILLISECONDS.toNanos(ChangeWatcher.QUIET_MILLIS),
                    "and after the quiet time: " + (at - finished) / 1_000_000 + " ms");
            assertEquals(2 * half.length, Files.size(file));
        }
    }

    @Test
    void aFileThatKeepsChangingIsNamedOnceAndWaitedFor() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        // a quiet time well above the writes' interval: a loaded machine oversleeps 100 ms by a few hundred
        try (ChangeWatcher watcher = new ChangeWatcher(List.of(content), List.of(), 50, 600, said::add)) {
            CompletableFuture<Boolean> changed = CompletableFuture.supplyAsync(() -> {
                try {
                    return watcher.awaitChange();
                } catch (InterruptedException e) {
                    return false;
                }
            });
            Path log = content.resolve("app\nlog.txt");
            for (int i = 0; i < 40; i++) { // 4 s of writes every 100 ms: never 600 ms still
                Files.writeString(log, "line " + i + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                Thread.sleep(100);
            }
            assertTrue(!changed.isDone(), "not reported while it changes");
            assertTrue(changed.get(10, TimeUnit.SECONDS));
            assertEquals(List.of("townstats: waiting for " + log.toString().replace("\n", "\\n") + " to stay unchanged for 0.6 s"), said);
        }
    }

    @Test
    void closingStopsAWaitingWatcher() throws Exception {
        ChangeWatcher watcher = new ChangeWatcher(List.of(tmp), List.of(), 100);
        CompletableFuture<Boolean> result = CompletableFuture.supplyAsync(() -> {
            try {
                return watcher.awaitChange();
            } catch (InterruptedException e) {
                return true;
            }
        });
        Thread.sleep(200);
        watcher.close();
        assertEquals(false, result.get(10, TimeUnit.SECONDS));
    }
}
