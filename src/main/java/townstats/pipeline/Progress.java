package townstats.pipeline;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/** A one-line progress bar ({@code [#####     ] 1234/40000 reports}), redrawn at most ten times a second. */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private volatile long lastDrawn;

    /** @param out the terminal, or null for no bar */
    Progress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    void step() {
        int n = done.incrementAndGet();
        if (out == null) return;
        long now = System.nanoTime();
        if (now - lastDrawn < 100_000_000L && n < total) return;
        lastDrawn = now;
        draw(n);
    }

    void done() {
        if (out == null || total == 0) return;
        draw(done.get());
        out.print('\n');
        out.flush();
    }

    private synchronized void draw(int n) {
        out.print("\r" + bar(n, total) + " " + n + "/" + total + " reports");
        out.flush();
    }

    static String bar(int n, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) n * WIDTH / total);
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "]";
    }
}
