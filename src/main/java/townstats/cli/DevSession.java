package townstats.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import townstats.extract.Extractor;
import townstats.pipeline.Build;
import townstats.pipeline.Summary;
import townstats.util.Printable;

/**
 * {@code watch} and {@code serve}: build, then rebuild (incrementally) whenever the content or the theme
 * changes; with a port, also serve the output folder. A failed rebuild keeps the last good site.
 */
final class DevSession implements AutoCloseable {
    private final Build.Options options;
    private final PrintStream out;
    private final PrintStream err;
    private final Extractor extractor;
    private final AtomicLong builds = new AtomicLong();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final ChangeWatcher watcher;
    /** The reports of the last build, kept in memory: a rebuild reads and decodes only what changed. */
    private final Build.Warm warm = new Build.Warm();
    private PreviewServer server;
    private volatile Thread loop;
    private volatile boolean closing;

    DevSession(Build.Options options, long debounceMillis, PrintStream out, PrintStream err) throws IOException {
        this(options, Extractor.withDefaultCatalog(), debounceMillis, out, err);
    }

    DevSession(Build.Options options, Extractor extractor, long debounceMillis, PrintStream out, PrintStream err) throws IOException {
        this.options = options;
        this.extractor = extractor;
        this.out = out;
        this.err = err;
        List<Path> ignored = new ArrayList<>();
        Path site = options.out().toAbsolutePath().normalize();
        ignored.add(site);
        ignored.add(site.resolveSibling(site.getFileName() + ".building"));
        ignored.add(site.resolveSibling(site.getFileName() + ".previous"));
        ignored.add(site.resolveSibling(site.getFileName() + ".spare"));
        ignored.add(options.cache());
        this.watcher = new ChangeWatcher(List.of(options.content(), options.theme()), ignored, debounceMillis,
                ChangeWatcher.QUIET_MILLIS, out::println);
    }

    /** Number of successful builds so far: the served pages reload when it changes. */
    long buildNumber() {
        return builds.get();
    }

    /** Serves the output on 127.0.0.1 (port 0: any free port); returns the port. */
    int serve(int port) throws IOException {
        server = new PreviewServer(options.out(), port, this::buildNumber);
        server.start();
        return server.port();
    }

    /** One build; on failure the published site stays as it was and the reason is printed in one line. */
    boolean buildOnce() {
        try {
            Build.Result result = new Build(options, extractor, err).withWarm(warm).run();
            builds.incrementAndGet();
            for (String line : Summary.lines(result, options.out())) out.println(line);
            return true;
        } catch (IOException e) {
            err.println(Printable.line("townstats: rebuild failed, keeping the last good site: " + oneLine(e)));
            return false;
        } catch (RuntimeException | Error e) {
            // a bug: said as such, and the session goes on watching
            err.println(Printable.line("townstats: rebuild failed, keeping the last good site: internal error: " + Main.describe(e)));
            return false;
        }
    }

    /** Starts rebuilding on changes in a background thread. */
    void startWatching() {
        loop = new Thread(() -> {
            try {
                while (!closing && watcher.awaitChange()) {
                    if (closing) break;
                    out.println("townstats: change detected, rebuilding");
                    buildOnce();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                stopped.countDown();
            }
        }, "townstats-watch");
        loop.start();
    }

    void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /** Stops the server and the watcher, and lets a running build finish (it releases the build lock). */
    @Override
    public void close() {
        closing = true;
        if (server != null) server.close();
        try {
            watcher.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        Thread t = loop;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopped.countDown();
    }

    /** The first line of a message; when it ends in ':' (Freemarker's syntax errors), the next line too. */
    static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        java.util.List<String> lines = m.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) return e.toString();
        if (lines.size() > 1 && lines.get(0).endsWith(":")) return lines.get(0) + " " + lines.get(1);
        return lines.get(0);
    }
}
