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
