package townstats.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import townstats.ingest.ContentFiles;
import townstats.util.Printable;

/**
 * Watches folders (recursively, new subfolders included) and waits for a change to settle: no event for the debounce
 * time, then every file's size and mtime unchanged for {@link #QUIET_MILLIS} (a file still being copied is waited for,
 * also when the copy pauses for less than that; two polls 300 ms apart took a copy pausing 0.8 s for finished).
 */
final class ChangeWatcher implements AutoCloseable {
    /** Folders watched below a root: those the build reads (the reports folder's, {@link ContentFiles#MAX_DEPTH} deep). */
    static final int DEPTH = ContentFiles.MAX_DEPTH + 1;
    /** How long every file's size and modification time must hold still before a build (README states it). */
    static final long QUIET_MILLIS = 2000;
    private static final long POLL_MILLIS = 250;
    private final WatchService service;
    private final List<Path> roots;
    private final List<Path> ignored;
    private final long debounceMillis;
    private final long quietMillis;
    private final Consumer<String> say;
    private final Map<WatchKey, Path> dirs = new HashMap<>();

    /** @param ignored folders under a root whose changes do not count (the output, the cache) */
    ChangeWatcher(List<Path> roots, List<Path> ignored, long debounceMillis) throws IOException {
        this(roots, ignored, debounceMillis, QUIET_MILLIS, line -> { });
    }

    /**
     * @param quietMillis how long files must hold still before a change is reported
     * @param say         where the line naming a file that keeps changing goes
     */
    ChangeWatcher(List<Path> roots, List<Path> ignored, long debounceMillis, long quietMillis, Consumer<String> say) throws IOException {
        this.quietMillis = quietMillis;
        this.say = say;
        this.service = FileSystems.getDefault().newWatchService();
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.ignored = ignored.stream().filter(Objects::nonNull).map(p -> p.toAbsolutePath().normalize()).toList();
        this.debounceMillis = debounceMillis;
        for (Path root : this.roots) register(root);
    }

    /**
     * Blocks until something changed and settled; returns false when the watcher was closed.
     */
    boolean awaitChange() throws InterruptedException {
        try {
            boolean changed = false;
            while (!changed) changed = drain(service.take());
            // Debounce: keep collecting until the folders are quiet.
            while (true) {
                WatchKey key = service.poll(debounceMillis, TimeUnit.MILLISECONDS);
                if (key == null) break;
                drain(key);
            }
            waitUntilStable();
            return true;
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    private boolean drain(WatchKey key) {
        Path dir = dirs.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            if (dir == null) continue;
            Path child = dir.resolve((Path) event.context());
            if (isIgnored(child)) continue;
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    register(child);
                } catch (IOException e) {
                    // It vanished again; nothing to watch.
                }
            }
        }
        if (!key.reset()) dirs.remove(key);
        return relevant;
    }

    /**
     * Size and mtime of every file, polled until none has changed for the quiet time. A file that never stops changing
     * (a log written into the content) is named after five quiet times without quiet (10 s), and waited for still: building it
     * half-written is what this wait is for.
     */
    private void waitUntilStable() throws InterruptedException {
        Map<Path, String> before = snapshot();
        long started = System.nanoTime();
        long still = started;
        boolean said = false;
        while (true) {
            Thread.sleep(Math.min(POLL_MILLIS, quietMillis));
            Map<Path, String> now = snapshot();
            long t = System.nanoTime();
            if (!now.equals(before)) {
                still = t;
                if (!said && t - started > TimeUnit.MILLISECONDS.toNanos(5 * quietMillis)) {
                    said = true;
                    say.accept(Printable.line("townstats: waiting for " + changed(before, now) + " to stay unchanged for "
                            + String.format("%.1f s", quietMillis / 1000.0)));
                }
                before = now;
            } else if (t - still >= TimeUnit.MILLISECONDS.toNanos(quietMillis)) {
                return;
            }
        }
    }

    /** A file whose size or mtime differs between two snapshots. */
    private static Path changed(Map<Path, String> before, Map<Path, String> now) {
        for (Map.Entry<Path, String> e : now.entrySet()) if (!e.getValue().equals(before.get(e.getKey()))) return e.getKey();
        for (Path p : before.keySet()) if (!now.containsKey(p)) return p;
        return Path.of("?");
    }

    private Map<Path, String> snapshot() {
        Map<Path, String> files = new HashMap<>();
        for (Path root : roots) {
            try {
                Files.walkFileTree(root, Set.of(), DEPTH + 1, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return isIgnored(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isDirectory()) return FileVisitResult.CONTINUE; // at the depth limit
                        files.put(file, attrs.size() + "@" + attrs.lastModifiedTime().toMillis());
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // A root that vanished has no files.
            }
        }
        return files;
    }

    /** Registers {@code dir} and the folders below it, down to {@link #DEPTH} levels below its root. */
    private void register(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        int below = roots.stream().filter(dir::startsWith).mapToInt(r -> r.relativize(dir).getNameCount()).min().orElse(0);
        if (below > DEPTH) return;
        Files.walkFileTree(dir, Set.of(), DEPTH - below, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (isIgnored(dir)) return FileVisitResult.SKIP_SUBTREE;
                dirs.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private boolean isIgnored(Path p) {
        Path a = p.toAbsolutePath().normalize();
        for (Path i : ignored) if (a.startsWith(i)) return true;
        return false;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
