package townstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.pipeline.TestProject;

class MainTest {
    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> buildArgs(TestProject p, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--content", p.content.toString(), "--out", p.site.toString(),
                "--themes-dir", TestProject.THEME.getParent().toString()));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void buildPrintsASummaryAndUsesTheCacheFolderGiven() throws Exception {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        Files.write(p.reports.resolve("empty.txt"), new byte[0]);
        Path cache = tmp.resolve("my-cache");
        assertEquals(0, run(buildArgs(p, "--cache", cache.toString()).toArray(String[]::new)));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).matches("townstats: built .*site from 5 reports \\(5 read, 0 unchanged from cache\\), 1 skipped, \\d+ facts, \\d+ warnings"), lines.get(0));
        assertTrue(lines.get(1).matches("townstats: \\d+ files written, 0 unchanged, in \\d+\\.\\d s"), lines.get(1));
        // said once, on the log, not again in the summary
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().filter("townstats: skipped empty.txt: empty file"::equals).count());
        assertTrue(Files.isDirectory(cache.resolve("reports")), "--cache DIR is used");
        assertTrue(!Files.exists(p.dir.resolve(".townstats-cache")), "and the default is not");

        out.reset();
        assertEquals(0, run(buildArgs(p, "--cache", cache.toString()).toArray(String[]::new)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("(0 read, 5 unchanged from cache)"), out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(" 0 files written, "), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void defaultCacheIsBesideTheContentFolder() throws Exception {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        assertEquals(0, run(buildArgs(p).toArray(String[]::new)));
        assertTrue(Files.isDirectory(p.dir.resolve(".townstats-cache/reports")));
        assertEquals(0, run(buildArgs(p, "--no-cache").toArray(String[]::new)));
    }

    @Test
    void anInternalErrorIsOneLineAndExitsThreeNeverOne() {
        // the exception as a parallel build stage rethrows it: ForkJoin wraps it in a copy without a message
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> List.of("1", "2", "x").parallelStream()
                .map(Integer::parseInt).toList());
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(3, Main.internalError(errStream, thrown, false));
        assertEquals("townstats: internal error: NumberFormatException: For input string: \"x\" (TOWNSTATS_DEBUG=1 shows the stack trace)\n",
                err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(3, Main.internalError(errStream, new StackOverflowError(), true));
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("townstats: internal error: StackOverflowError", lines.get(0));
        assertTrue(lines.size() > 1 && lines.get(1).startsWith("java.lang.StackOverflowError"), "with the debug variable: the stack trace");
        assertTrue(Main.usage().contains("3 internal error"), "documented in --help");
    }

    @Test
    void aJavascriptBaseUrlIsABadSettingExitTwoAndNothingIsRead() throws Exception {
        TestProject p = TestProject.withSamples(tmp);
        Files.writeString(p.dir.resolve("townstats.yml"), "title: 测试\nbase_url: \"JaVaScRiPt:alert('x')\"\n");
        assertEquals(2, run(buildArgs(p).toArray(String[]::new)));
        assertEquals("townstats: build failed, the previous site is unchanged: townstats.yml: base_url must start with http:// or https://: "
                + "JaVaScRiPt:alert('x')/\n", err.toString(StandardCharsets.UTF_8));
        assertTrue(!Files.exists(p.site), "no site written");
        assertTrue(!Files.exists(p.dir.resolve(".townstats-cache/reports")), "no report read");
    }

    @Test
    void usageErrorsExitTwoInOneLine() {
        assertEquals(2, run("serve", "--port", "eighty"));
        assertEquals("townstats: --port needs a number: eighty\n", err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, run("watch", "--port", "8000"));
        assertEquals("townstats: unknown option '--port' (try --help)\n", err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, run("build", "--cache", "x", "--no-cache"));
        assertEquals("townstats: --cache and --no-cache exclude each other\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void serveOnABusyPortFailsPolitely() throws Exception {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int code = run("serve", "--content", p.content.toString(), "--out", p.site.toString(),
                    "--themes-dir", TestProject.THEME.getParent().toString(), "--port", String.valueOf(busy.getLocalPort()));
            assertEquals(2, code);
            String e = err.toString(StandardCharsets.UTF_8);
            assertTrue(e.startsWith("townstats: cannot serve: ") && e.endsWith("\n") && e.lines().count() == 1, e);
        }
        assertTrue(Files.exists(p.site.resolve("index.html")), "it built before trying to serve");
    }

    @Test
    void serveRefusesAnOutputThatIsNotASite() throws Exception {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve("diary.txt"), "private");
        int code = run("serve", "--content", p.content.toString(), "--out", home.toString(),
                "--themes-dir", TestProject.THEME.getParent().toString(), "--port", "0");
        assertEquals(2, code);
        assertEquals("townstats: refusing to replace " + home.toAbsolutePath() + ": it is not a site built by townstats (no index.html); "
                + "give an empty or new folder as --out\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("private", Files.readString(home.resolve("diary.txt")));
    }
}
