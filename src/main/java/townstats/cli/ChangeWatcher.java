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
import townstats.ingest.ContentFiles;

/**
 * Watches folders (recursively, new subfolders included) and waits for a change to settle: no event for
 * the debounce time, then every file's size and mtime the same across two polls (a file still being copied
 * is waited for).
 */
final class ChangeWatcher implements AutoCloseable {
    /** Folders watched below a root: those the build reads (the reports folder's, {@link ContentFiles#MAX_DEPTH} deep). */
    static final int DEPTH = ContentFiles.MAX_DEPTH + 1;
    private final WatchService service;
    private final List<Path> roots;
    private final List<Path> ignored;
    private final long debounceMillis;
    private final Map<WatchKey, Path> dirs = new HashMap<>();

    /** @param ignored folders under a root whose changes do not count (the output, the cache) */
    ChangeWatcher(List<Path> roots, List<Path> ignored, long debounceMillis) throws IOException {
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

    /** Size and mtime of every file, polled until two polls agree (at most ~30 s). */
    private void waitUntilStable() throws InterruptedException {
        Map<Path, String> before = snapshot();
        for (int i = 0; i < 100; i++) {
            Thread.sleep(Math.max(50, debounceMillis));
            Map<Path, String> now = snapshot();
            if (now.equals(before)) return;
            before = now;
        }
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
