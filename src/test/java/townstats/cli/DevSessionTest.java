package townstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.pipeline.Build;
import townstats.pipeline.TestProject;

/** watch/serve: a change in content (even in a new subfolder) rebuilds; a failed rebuild keeps the last good site. */
class DevSessionTest {
    @TempDir
    Path tmp;

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(50);
        }
    }

    private static boolean hasReport(TestProject p, String id) {
        try {
            return Files.exists(p.site.resolve("data/facts.json")) && p.factsPerReport().containsKey(id);
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void rebuildsOnChangesAndKeepsTheLastGoodSite() throws Exception {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        Path theme = tmp.resolve("project/themes/default");
        TestProject.copyTree(TestProject.THEME, theme);
        Build.Options options = new Build.Options(p.content, p.site, theme, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DevSession session = new DevSession(options, 100, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertTrue(session.buildOnce());
            int port = session.serve(0);
            session.startWatching();
            assertEquals(1, session.buildNumber());
            HttpClient http = HttpClient.newHttpClient();
            URI version = URI.create("http://127.0.0.1:" + port + PreviewServer.VERSION_PATH);
            assertEquals("1", http.send(HttpRequest.newBuilder(version).build(), HttpResponse.BodyHandlers.ofString()).body());

            // A report dropped into a new subfolder: the folder is watched as soon as it appears.
            Path sub = Files.createDirectories(p.reports.resolve("2023"));
            Thread.sleep(300);
            Files.copy(TestProject.SAMPLES.resolve(TestProject.SAMPLE), sub.resolve("new.txt"));
            await(() -> hasReport(p, "new"), "a rebuild showing the new report");
            // The copy and the new folder may fire more than one rebuild: wait until the watcher is quiet.
            long afterAdd;
            do {
                afterAdd = session.buildNumber();
                Thread.sleep(1000);
            } while (session.buildNumber() != afterAdd);
            assertEquals(String.valueOf(afterAdd), http.send(HttpRequest.newBuilder(version).build(), HttpResponse.BodyHandlers.ofString()).body());

            // A broken template: the rebuild fails in one line and the site stays.
            Map<String, String> good = TestProject.hashes(p.site);
            Files.writeString(theme.resolve("templates/index.ftlh"), "<#if>broken");
            await(() -> err.toString(StandardCharsets.UTF_8).contains("rebuild failed"), "the failed rebuild");
            String line = err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("rebuild failed")).findFirst().orElseThrow();
            assertTrue(line.startsWith("townstats: rebuild failed, keeping the last good site: ") && line.contains("index.ftlh"), line);
            assertEquals(afterAdd, session.buildNumber(), "no new build number: the open page does not reload");
            assertEquals(good, TestProject.hashes(p.site));
        } finally {
            session.close();
        }
        // Stopped: the lock is free for a normal build.
        Files.copy(TestProject.THEME.resolve("templates/index.ftlh"), theme.resolve("templates/index.ftlh"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        new Build(options, TestProject.extractor(), System.err).run();
    }
}
