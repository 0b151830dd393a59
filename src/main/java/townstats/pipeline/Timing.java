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
        // what came before the build: the JVM's start and the command line (the catalogues load later, when needed)
        say("start (JVM, command line)", (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) * 1_000_000,
                lastCpu);
    }

    void mark(String phase) {
        long now = System.nanoTime();
        long cpu = cpuNanos();
        say(phase, now - last, cpu - lastCpu);
        last = now;
        lastCpu = cpu;
    }

    private void say(String phase, long wallNanos, long cpuNanos) {
        if (log != null) log.printf("townstats: timing %-30s %7.1f s  cpu %6.1f s%n", phase, wallNanos / 1e9, cpuNanos / 1e9);
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
