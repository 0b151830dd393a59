package townstats.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import townstats.util.Hashes;
import townstats.util.Parallel;
import townstats.util.SiteFiles;

/**
 * Where every file of the site is written: paths are relative to the site root and may never leave
 * it (no "..", no absolute paths, no NUL, no reserved Windows names), whatever a report's content made of them.
 *
 * <p>Incremental: the site is written into a fresh staging folder, but a file whose new bytes equal the
 * published one ({@code published/<path>}) is hard-linked from it instead of written, so its bytes and
 * mtime stay and rsync or a web cache see no change. A caller that can tell a page's inputs are unchanged
 * may skip rendering altogether with {@link #reuseIfUnchanged}; the manifest {@value Manifest#FILE} of the
 * published site remembers each path's inputs hash and content hash.
 *
 * <p>In place: when the staging folder already holds an earlier complete site (the publisher's spare), a file whose
 * bytes are already there (a link to the published file, or the same bytes written before) is left as it is, only
 * differing files are replaced (never written into: a file may be a link to the published one), and at the end the
 * files this build did not write are deleted. A site of 80,000 files then costs the files that changed, not 80,000
 * links and 80,000 deletions.
 */
public final class SiteOutput implements SiteFiles {
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private final Path root;
    private final Path published;
    private final Manifest previous;
    private final String baseInputs;
    private final Map<String, Manifest.Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final Map<Path, Boolean> createdDirs = new ConcurrentHashMap<>();
    /** Folders of the published site seen not to be symbolic links. */
    private final Set<Path> plainDirs = ConcurrentHashMap.newKeySet();
    private final boolean publishedExists;
    /** The staging folder holds an earlier site to change in place (see the class comment). */
    private final boolean inPlace;
    /** Why each file was made again (path → reason), when asked (--explain); else null. */
    private Map<String, String> explained;

    /** A site written from scratch: nothing to compare with. */
    public SiteOutput(Path root) {
        this(root, null, "");
    }

    public SiteOutput(Path root, Path published, String baseInputs) {
        this(root, published, baseInputs, false);
    }

    /**
     * @param published  the currently published site (may be null or missing): unchanged files are linked from it
     * @param baseInputs what every page depends on (code version, theme, catalogue); mixed into every inputs hash
     * @param inPlace    the staging folder holds an earlier complete site, changed in place (see the class comment)
     */
    public SiteOutput(Path root, Path published, String baseInputs, boolean inPlace) {
        this.inPlace = inPlace;
        this.root = root.toAbsolutePath().normalize();
        this.published = published == null ? null : published.toAbsolutePath().normalize();
        this.previous = this.published == null ? Manifest.EMPTY : Manifest.read(this.published);
        this.baseInputs = baseInputs;
        this.publishedExists = this.published != null && Files.isDirectory(this.published, LinkOption.NOFOLLOW_LINKS);
    }

    /** Records why each file is rendered or written with new bytes, and which were removed (see {@link #explained()}). */
    public SiteOutput explaining() {
        explained = new ConcurrentHashMap<>();
        return this;
    }

    /**
     * Path → why it was made again: a page rendered (its inputs changed, or it is new), a file written with new bytes, a
     * file no longer in the site. Files kept by their inputs, and files written every build to the same bytes, are not
     * listed. Sorted by path; empty unless {@link #explaining()}.
     */
    public Map<String, String> explained() {
        return explained == null ? Map.of() : new java.util.TreeMap<>(explained);
    }

    private void explain(String relativePath, String inputsHash, boolean newBytes) {
        if (explained == null) return;
        String path = key(relativePath);
        Manifest.Entry before = previous.entries().get(path);
        String reason;
        if (before == null) reason = "new";
        else if (inputsHash != null) reason = (before.inputs().equals(inputs(inputsHash))
                ? "made again: the published copy is not what the manifest recorded" : "made again: its inputs changed")
                + (newBytes ? "; new bytes" : "; the same bytes, kept");
        else if (newBytes) reason = "new bytes (a file made every build, kept when its bytes are the same)";
        else return;
        explained.put(path, reason);
    }

    @Override
    public Path root() {
        return root;
    }

    /** Number of files written with new bytes so far. */
    public int written() {
        return written.get();
    }

    /** Number of files kept from the published site (same bytes, same mtime) so far. */
    public int unchanged() {
        return unchanged.get();
    }

    @Override
    public void write(String relativePath, String content) throws IOException {
        write(relativePath, content.getBytes(StandardCharsets.UTF_8), null);
    }

    @Override
    public void write(String relativePath, byte[] content) throws IOException {
        write(relativePath, content, null);
    }

    /**
     * Writes a file, or links the published one when its bytes are the same.
     *
     * @param inputsHash what the content was made from (see {@link #reuseIfUnchanged}), or null
     */
    @Override
    public void write(String relativePath, byte[] content, String inputsHash) throws IOException {
        Path target = resolve(relativePath);
        createParent(target);
        Path old = publishedFile(relativePath);
        String hash = Hashes.sha256(content);
        if (old != null && sameBytes(relativePath, old, hash, content.length, () -> Arrays.equals(Files.readAllBytes(old), content))) {
            linkInto(old, target);
            unchanged.incrementAndGet();
            explain(relativePath, inputsHash, false);
        } else if (inPlace && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            written.incrementAndGet(); // new to the published site, already in the staging folder
            explain(relativePath, inputsHash, true);
        } else {
            try {
                Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                // Never write into an existing file: it may be a hard link to the published site.
                Files.delete(target);
                Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            written.incrementAndGet();
            explain(relativePath, inputsHash, true);
        }
        entries.put(key(relativePath), new Manifest.Entry(inputs(inputsHash), hash));
    }

    /**
     * Writes a file as a stream, for data files too large to hold in memory (a national rankings.json is a
     * gigabyte); hashed as it is written, then replaced by a link to the published file when their bytes are equal.
     */
    @Override
    public void write(String relativePath, Writing writing) throws IOException {
        write(relativePath, writing, null);
    }

    /** As above, made from {@code inputsHash} (see {@link #reuseIfUnchanged}), or null. */
    @Override
    public void write(String relativePath, Writing writing, String inputsHash) throws IOException {
        Path target = resolve(relativePath);
        createParent(target);
        Files.deleteIfExists(target);
        MessageDigest digest = Hashes.sha256();
        try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16), digest)) {
            writing.to(out);
        }
        String hash = HexFormat.of().formatHex(digest.digest());
        explain(relativePath, inputsHash, !keepIfSame(relativePath, target, hash));
        entries.put(key(relativePath), new Manifest.Entry(inputs(inputsHash), hash));
    }

    /** Writes independent files at once, one per core: each writer is a single thread's work. */
    @Override
    public void writeAll(Map<String, Writing> files) throws IOException {
        Parallel.forEach(files.entrySet(), e -> write(e.getKey(), e.getValue()));
    }

    /** The published file at {@code target}, linked there unless it already is (an in-place update keeps it). */
    private static void linkInto(Path old, Path target) throws IOException {
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(old, target)) return;
        Files.deleteIfExists(target);
        linkOrCopy(old, target);
    }

    /**
     * Links the published copy in place of a file just written to the staging folder when their bytes are equal;
     * returns whether it did.
     */
    private boolean keepIfSame(String relativePath, Path written, String hash) throws IOException {
        Path old = publishedFile(relativePath);
        if (old != null && sameBytes(relativePath, old, hash, Files.size(written), () -> Files.mismatch(old, written) == -1)) {
            Files.delete(written);
            linkOrCopy(old, written);
            unchanged.incrementAndGet();
            return true;
        }
        this.written.incrementAndGet();
        return false;
    }

    /** A comparison of bytes that reads files. */
    private interface ByteComparison {
        boolean same() throws IOException;
    }

    /**
     * Whether the published file {@code old} holds the bytes hashed {@code hash}: by the manifest when it recorded the
     * file's size and time (and the file kept them), else by {@code reading} it.
     */
    private boolean sameBytes(String relativePath, Path old, String hash, long size, ByteComparison reading) throws IOException {
        Manifest.Entry before = previous.entries().get(key(relativePath));
        if (before != null && unchangedByTime(before, old)) return before.content().equals(hash);
        return Files.size(old) == size && reading.same();
    }

    /** Whether the published file {@code old} kept the size and time the manifest recorded for it (see {@link Manifest}). */
    private boolean unchangedByTime(Manifest.Entry before, Path old) throws IOException {
        return previous.unchangedByTime(before, Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    }

    /** The files written so far directly in {@code folder} (a site path such as {@code data}), sorted. */
    @Override
    public java.util.List<String> filesIn(String folder) {
        String prefix = key(folder) + "/";
        return entries.keySet().stream().filter(p -> p.startsWith(prefix) && p.indexOf('/', prefix.length()) < 0).sorted().toList();
    }

    /**
     * Keeps the published page when it was made from the same inputs, so the caller need not render it:
     * {@code if (!site.reuseIfUnchanged(path, inputs)) site.write(path, render(...), inputs);}.
     *
     * @param inputsHash a hash of everything the page is made from (the report's content hash, the data shown...);
     *                   the code version, theme and catalogue are added by this class
     * @return true when the published file was kept (counted as unchanged); false when the caller must write it
     */
    @Override
    public boolean reuseIfUnchanged(String relativePath, String inputsHash) throws IOException {
        if (inputsHash == null) return false;
        Path target = resolve(relativePath);
        Manifest.Entry before = previous.entries().get(key(relativePath));
        Path old = publishedFile(relativePath);
        if (before == null || old == null || !before.inputs().equals(inputs(inputsHash))) return false;
        // The manifest is a hint: the published bytes must still be what it recorded, known by the file's size and time
        // when they are the recorded ones, else by reading it.
        if (!unchangedByTime(before, old) && !Hashes.sha256(Files.readAllBytes(old)).equals(before.content())) return false;
        createParent(target);
        linkInto(old, target);
        unchanged.incrementAndGet();
        entries.put(key(relativePath), before);
        return true;
    }

    /**
     * Ends the site: files put into the staging folder without this class (a renderer copying theme assets)
     * are compared with the published ones too, and the manifest is written.
     */
    public void finish() throws IOException {
        adoptOthers();
        writeManifest();
    }

    /**
     * The first half of {@link #finish}: files put into the staging folder without this class are compared with the
     * published ones (or, in place, deleted when this build did not write them). After it, {@link #written()} and
     * {@link #unchanged()} count every file of the site.
     */
    public void adoptOthers() throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String path = root.relativize(file).toString().replace('\\', '/');
                Manifest.Entry entry = entries.get(path);
                if (entry != null) {
                    // the file as published: its size and time tell the next build it is unchanged without reading it
                    entries.put(path, entry.at(attrs));
                    return FileVisitResult.CONTINUE;
                }
                if (path.equals(Manifest.FILE)) return FileVisitResult.CONTINUE;
                if (inPlace) {
                    Files.delete(file); // a file of the earlier site that this build did not write
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                String hash = Hashes.sha256(file);
                explain(path, null, !keepIfSame(path, file, hash));
                // linked from the published site or not, the file now in place gives the size and time
                entries.put(path, new Manifest.Entry(inputs(null), hash)
                        .at(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) throw exc;
                if (inPlace && !dir.equals(root)) {
                    try (var left = Files.list(dir)) {
                        if (left.findAny().isEmpty()) Files.delete(dir); // a folder of the earlier site left empty
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The second half of {@link #finish}: the manifest of every file written (files written after it are not in it). */
    public void writeManifest() throws IOException {
        if (explained != null) {
            for (String path : previous.entries().keySet()) if (!entries.containsKey(path)) explained.put(path, "removed: no longer in the site");
        }
        byte[] manifest = new Manifest(entries, 0).toBytes();
        Path target = root.resolve(Manifest.FILE);
        Files.deleteIfExists(target);
        Path old = publishedFile(Manifest.FILE);
        if (old != null && Arrays.equals(Files.readAllBytes(old), manifest)) linkOrCopy(old, target);
        else Files.write(target, manifest);
    }

    /** The file for a site path, refusing any path that would escape the site root or that Windows cannot hold. */
    public Path resolve(String relativePath) throws IOException {
        if (relativePath == null || relativePath.isEmpty() || relativePath.startsWith("/")
                || relativePath.startsWith("\\") || relativePath.matches("^[A-Za-z]:.*")) {
            throw new IOException("unsafe output path: " + printable(relativePath));
        }
        for (int i = 0; i < relativePath.length(); i++) {
            char c = relativePath.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\\' || c == ':') throw new IOException("unsafe output path: " + printable(relativePath));
        }
        for (String segment : relativePath.split("/")) {
            if (segment.equals("..")) throw new IOException("output path escapes the site: " + relativePath);
            if (isReserved(segment)) throw new IOException("reserved file name in output path: " + relativePath);
        }
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) throw new IOException("output path escapes the site: " + relativePath);
        return target;
    }

    /** CON, con.txt, LPT1.html ... and names ending in a dot or space: Windows cannot create or delete them. */
    static boolean isReserved(String segment) {
        if (segment.isEmpty() || segment.equals(".")) return false;
        if (segment.endsWith(".") || segment.endsWith(" ")) return true;
        int dot = segment.indexOf('.');
        String stem = (dot < 0 ? segment : segment.substring(0, dot)).strip().toUpperCase(Locale.ROOT);
        return RESERVED.contains(stem);
    }

    private static String printable(String s) {
        return s == null ? "null" : s.replace("\0", "\\0");
    }

    private String key(String relativePath) {
        return Path.of("").resolve(relativePath).normalize().toString().replace('\\', '/');
    }

    private String inputs(String inputsHash) {
        return inputsHash == null ? "" : Hashes.sha256((baseInputs + "\n" + inputsHash).getBytes(StandardCharsets.UTF_8));
    }

    /** Creates a file's folder, once per folder: a site has 100,000 files in 40,000 folders. */
    private void createParent(Path file) throws IOException {
        // computeIfAbsent makes a second thread wait until the first has made the folder, not skip ahead of it
        try {
            createdDirs.computeIfAbsent(file.getParent(), dir -> {
                try {
                    Files.createDirectories(dir);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The published regular file at a site path, or null; symbolic links are never followed out of the old site. */
    private Path publishedFile(String relativePath) {
        if (published == null || !publishedExists) return null;
        Path file = published.resolve(relativePath).normalize();
        if (!file.startsWith(published)) return null;
        if (Files.isSymbolicLink(file)) return null;
        // the folders above it are checked once each
        for (Path p = file.getParent(); p != null && !p.equals(published) && !plainDirs.contains(p); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) return null;
            plainDirs.add(p);
        }
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? file : null;
    }

    /** A hard link keeps the inode, so bytes and mtime stay; where links are impossible, a copy with its times. */
    private static void linkOrCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
