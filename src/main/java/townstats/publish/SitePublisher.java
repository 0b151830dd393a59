package townstats.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a new site beside the old one and swaps it in at the end, so that a reader or an rsync never
 * sees a half-written site and a build killed at any moment leaves the last good site in place.
 *
 * <p>The swap is one atomic exchange of {@code site.building/} and {@code site/} ({@link AtomicExchange}): {@code site/}
 * is never missing, not even for a moment, and a build killed right after it leaves the new site and the old one as
 * {@code site.building/}, which the next build clears. Where the file system cannot exchange folders, two renames
 * ({@code site/} to {@code site.previous/}, then {@code site.building/} to {@code site/}) leave a short gap, and a build
 * killed inside it leaves the old site as {@code site.previous/}, which the next build puts back first.
 *
 * <p>The site before is kept as {@code site.spare/} (its files hard links of the published ones where they did not
 * change, so it costs little disk): the next build takes it as its staging folder and changes only the files that
 * differ, instead of linking every file of the site into a new folder and deleting the old one file by file. A spare
 * is trusted only with its mark of completeness, which a build removes before touching it: a build killed while
 * updating it leaves no mark, and the next one starts afresh.
 *
 * <p>Layout next to the output folder {@code site/}: {@code site.building/} (the new site being written),
 * {@code site.previous/} (the old one during a swap by renames), {@code site.spare/} (the site before, for the next
 * build), {@code site.lock} (one build at a time).
 */
public final class SitePublisher implements AutoCloseable {
    private final Path out;
    private final Path staging;
    private final Path previous;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final boolean exchange;
    private final Path spare;
    /** The staging folder holds an earlier complete site, to be changed in place rather than filled anew. */
    private boolean updatesInPlace;
    private boolean published;

    /** In a complete spare site: the mark that it may be updated in place. */
    static final String COMPLETE = ".townstats-spare";

    private SitePublisher(Path out, FileChannel lockChannel, FileLock lock, boolean exchange) {
        this.out = out;
        this.exchange = exchange;
        this.staging = sibling(out, ".building");
        this.previous = sibling(out, ".previous");
        this.spare = sibling(out, ".spare");
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Takes the build lock and prepares an empty staging folder; refuses when another build holds the lock. */
    public static SitePublisher open(Path out) throws IOException {
        return open(out, true);
    }

    /** @param exchange false to swap by two renames even where the exchange works (for tests of that way) */
    static SitePublisher open(Path out, boolean exchange) throws IOException {
        Path absolute = out.toAbsolutePath().normalize();
        if (absolute.getParent() == null) throw new IOException("refusing to build into the file system root");
        refuseNonSite(absolute);
        Files.createDirectories(absolute.getParent());
        FileChannel channel = FileChannel.open(sibling(absolute, ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another build is writing " + out + " (lock " + sibling(absolute, ".lock").getFileName() + " is held)");
        }
        SitePublisher publisher = new SitePublisher(absolute, channel, lock, exchange);
        publisher.recover();
        deleteTree(publisher.staging);
        Files.createDirectories(publisher.staging);
        return publisher;
    }

    /**
     * Called when the new site is about to be written (not for a build that finds nothing changed): a complete spare
     * site becomes the staging folder (its mark removed first), to be changed in place; any other spare is cleared.
     */
    public void beginWriting() throws IOException {
        Path mark = spare.resolve(COMPLETE);
        if (Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(mark, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(mark);
            deleteTree(staging);
            move(spare, staging);
            // its manifest no longer describes the folder once this build starts changing it
            Files.deleteIfExists(staging.resolve(Manifest.FILE));
            updatesInPlace = true;
        } else {
            deleteTree(spare);
        }
    }

    /** True when the staging folder holds an earlier site whose files are changed in place (see the class comment). */
    public boolean updatesInPlace() {
        return updatesInPlace;
    }

    /**
     * Publishing replaces the output folder wholesale, so it must be a site: missing, empty, or holding a
     * townstats manifest or an index.html. A mistyped --out (the project, a home folder) is refused, not replaced.
     */
    public static void refuseNonSite(Path out) throws IOException {
        if (Files.isSymbolicLink(out)) {
            throw new IOException(out + " is a symbolic link; give the real folder as --out (nothing outside it is touched)");
        }
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) throw new IOException(out + " exists and is not a folder");
        if (Files.exists(out.resolve(".townstats-manifest.json")) || Files.exists(out.resolve("index.html"))) return;
        try (var entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw new IOException("refusing to replace " + out + ": it is not a site built by townstats (no index.html); "
                        + "give an empty or new folder as --out");
            }
        }
    }

    /** The folder the new site is written into. */
    public Path staging() {
        return staging;
    }

    public Path output() {
        return out;
    }

    /** Swaps the staging folder in as the output; the old site is removed only once the new one is in place. */
    public void publish() throws IOException {
        if (exchange && Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS) && AtomicExchange.swap(staging, out)) {
            keepAsSpare(staging); // the old site, now under the staging name
            return;
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(previous);
            move(out, previous);
        }
        move(staging, out);
        if (Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) keepAsSpare(previous);
        published = true;
    }

    /** The site just replaced, kept for the next build to update (marked complete last). */
    private void keepAsSpare(Path old) throws IOException {
        deleteTree(spare);
        move(old, spare);
        Files.writeString(spare.resolve(COMPLETE), "");
        published = true;
    }

    /** A build killed between the two moves of {@link #publish} left the old site as site.previous: put it back. */
    private void recover() throws IOException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
            move(previous, out);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (!published) deleteTree(staging); // a build that did not publish: its half-written staging goes
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    private static Path sibling(Path out, String suffix) {
        return out.resolveSibling(out.getFileName() + suffix);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder tree without following symbolic links out of it. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        if (Files.isSymbolicLink(root) || !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(root);
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) throw exc;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

}
