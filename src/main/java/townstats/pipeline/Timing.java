package townstats.pipeline;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * Phase times of a build, printed only when the environment variable TOWNSTATS_TIMING is set (for profiling):
 * wall-clock seconds and the CPU seconds the process spent, which a busy shared machine disturbs far less.
 */
final class Timing {
    private final PrintStream log;
    private final long started = System.nanoTime();
    private long last = started;
    private long lastCpu = cpuNanos();

    Timing(PrintStream log) {
        this.log = System.getenv("TOWNSTATS_TIMING") == null ? null : log;
        // what came before the build: the JVM's start, the catalogue and gazetteer loaded
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        if (this.log != null) this.log.printf("townstats: timing %-30s %7.1f s  cpu %6.1f s%n", "start (JVM, catalogues)", sinceStart / 1e3, lastCpu / 1e9);
    }

    void mark(String phase) {
        long now = System.nanoTime();
        long cpu = cpuNanos();
        if (log != null) log.printf("townstats: timing %-30s %7.1f s  cpu %6.1f s%n", phase, (now - last) / 1e9, (cpu - lastCpu) / 1e9);
        last = now;
        lastCpu = cpu;
    }

    /** Milliseconds since this build started. */
    long millis() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The process's CPU time on every thread; 0 where the platform does not tell it. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }
}
