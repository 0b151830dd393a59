package townstats.pipeline;

import java.io.PrintStream;

/** Phase times of a build, printed only when the environment variable TOWNSTATS_TIMING is set (for profiling). */
final class Timing {
    private final PrintStream log;
    private long last = System.nanoTime();

    Timing(PrintStream log) {
        this.log = System.getenv("TOWNSTATS_TIMING") == null ? null : log;
    }

    void mark(String phase) {
        long now = System.nanoTime();
        if (log != null) log.printf("townstats: timing %-30s %7.1f s%n", phase, (now - last) / 1e9);
        last = now;
    }
}
