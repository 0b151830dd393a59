package townstats.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import townstats.ingest.ContentFiles;
import townstats.ingest.ReportReader;
import townstats.model.ReportFacts;
import townstats.util.Hashes;

/**
 * The per-report results of earlier builds ({@code <cache>/reports/<version>/<ab>/<key>.gz}), so that an
 * unchanged report is neither read nor extracted again.
 *
 * <p>An entry's key is its file's content hash (file and sidecar, as {@code Report.contentHash}) and its
 * path; its folder is the version: format, code version and catalogue hash. Every entry carries its key,
 * version and a SHA-256 of its body; a damaged, truncated or foreign entry is deleted and rebuilt, never trusted.
 * An entry is unpacked only up to {@link #MAX_ENTRY_BYTES}: one that expands further (3 MB of gzip can hold 3 GB)
 * is damaged like any other, and a result that large is never stored.
 */
public final class ReportCache {
    /** Bump when the entry layout changes. */
    public static final int FORMAT = 4;
    private static final String MAGIC = "townstats-cache";
    /**
     * The most an entry may unpack to. A report is at most 20 MB ({@code ReportReader.MAX_BYTES}); its cleaned text, the
     * offsets and the facts as JSON stay well under this, and a build holds at most one entry per core while reading.
     */
    static final long MAX_ENTRY_BYTES = 128L * 1024 * 1024;
    /** The body as Smile (binary JSON): decoding a thousand entries was a tenth of a one-report rebuild as text. */
    /** In a holder: a build that finds nothing changed decodes no entry and never loads Jackson. */
    private static final class Smile {
        static final ObjectMapper MAPPER = SmileMapper.builder()
                // Period.isFullYear() and Metadata.isEmpty() are derived, not record components.
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(Offsets.module())
                .build();
    }

    private final Path root;
    private final Path dir;
    private final String version;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();

    private final SourceSnapshot snapshot;
    /** The aliases places are resolved under in this build, hashed; "-" when not said. */
    private volatile String placesUnder = "-";

    private ReportCache(Path root, String version) {
        this.root = root.toAbsolutePath().normalize();
        this.version = version;
        this.dir = this.root.resolve("reports").resolve(version.substring(0, 16));
        this.snapshot = SourceSnapshot.load(this.root);
    }

    /** With the shipped theme catalogue; @param catalogHash {@code Catalog.sourceHash()}: other indicators, other facts */
    public static ReportCache open(Path root, String catalogHash) {
        return open(root, catalogHash, townstats.topics.ThemeCatalog.loadDefault().sourceHash());
    }

    /** @param themesHash {@code ThemeCatalog.sourceHash()}: other themes, other mentions */
    public static ReportCache open(Path root, String catalogHash, String themesHash) {
        return new ReportCache(root, Hashes.of(MAGIC, String.valueOf(FORMAT), CodeVersion.hash(CodeVersion.Scope.REPORTS), catalogHash,
                themesHash));
    }

    public String version() {
        return version;
    }

    public int hits() {
        return hits.get();
    }

    /** Entries found damaged or made by other code, and deleted. */
    public int rejected() {
        return rejected.get();
    }

    /**
     * The cache key of a report file before reading it: its path and the hash of its bytes and sidecar
     * (as {@code ReportReader} computes {@code contentHash}), taken from the last build's snapshot when the file and
     * its sidecar kept their size and time; null when it is not worth caching (too large, unreadable).
     */
    public String keyOf(Path reportsDir, Path file) {
        return keyOf(reportsDir, file, snapshot);
    }

    private static String keyOf(Path reportsDir, Path file, SourceSnapshot snapshot) {
        try {
            String source = ContentFiles.relative(reportsDir, file);
            String hash = snapshot.hashOf(source, file, ReportReader.sidecar(file), ReportReader.MAX_BYTES);
            return hash == null ? null : keyOf(source, hash);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The key of a report file without a cache to remember hashes in: its bytes and sidecar read and hashed now;
     * null when it is too large or cannot be read.
     */
    public static String keyWithoutCache(Path reportsDir, Path file) {
        return keyOf(reportsDir, file, SourceSnapshot.none());
    }

    /** The report files new, changed and removed since the last build (see {@code SourceSnapshot.changes}). */
    public Map<String, List<String>> sourceChanges() {
        return snapshot.changes();
    }

    /** Report files read and hashed for their key in this build (the others were known by size and time). */
    public int hashed() {
        return snapshot.hashed();
    }

    /** The key of a report at {@code source} (path under the reports folder) whose {@code Report.contentHash} is given. */
    public static String keyOf(String source, String contentHash) {
        return Hashes.of(source, contentHash);
    }

    /**
     * The hash of the aliases this build resolves places under (see {@link Hit}); entries stored from now on record it.
     * Unset: "-", no entry's place is current.
     */
    public ReportCache resolvingPlacesUnder(String aliasesHash) {
        this.placesUnder = aliasesHash == null || aliasesHash.isBlank() ? "-" : Hashes.sha256(aliasesHash.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /**
     * A cached result, and whether its place was resolved under the aliases of this build (a place depends on
     * content/aliases.yml as well as on the report: one resolved under others is resolved again, with the gazetteer).
     */
    public record Hit(ReportFacts report, boolean placeCurrent) {
    }

    /** The cached result for a key, or null (missing, damaged or foreign entries count as missing). */
    public ReportFacts get(String key) {
        Hit hit = lookup(key);
        return hit == null ? null : hit.report();
    }

    /** The cached result for a key and whether its place is current, or null (as {@link #get}). */
    public Hit lookup(String key) {
        if (key == null) return null;
        used.add(key);
        Path file = entry(key);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return null;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            Hit r = decode(key, in);
            hits.incrementAndGet();
            return r;
        } catch (IOException | RuntimeException e) {
            rejected.incrementAndGet();
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // It will be overwritten by put().
            }
            return null;
        }
    }

    /** Keeps the entry of a result taken from elsewhere (a running watch's memory) from being pruned as unused. */
    public void keep(String key) {
        if (key != null) used.add(key);
    }

    /** Stores a result; a cache that cannot be written only makes the next build slower. */
    public void put(String key, ReportFacts report) {
        if (key == null) return;
        used.add(key);
        Path file = entry(key);
        try {
            writeAtomically(file, encode(key, report));
        } catch (IOException ignored) {
            // A read-only or full disk: build without caching.
        }
    }

    /**
     * After a build that found nothing changed: the entries used are those of the last build, so nothing is pruned; the
     * snapshot is saved only when a file had to be hashed (touched, the same bytes), so that the next build need not.
     */
    public void keepAsIs() {
        if (snapshot.hashed() > 0) snapshot.save();
    }

    /**
     * After a complete build: saves the files' snapshot, deletes entries no report used and the folders of other
     * versions. Only our own entry files are deleted, never anything else a user may have put into the cache folder.
     */
    public void prune() {
        snapshot.save();
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(root.resolve("reports"))) {
            for (Path v : versions) {
                if (!Files.isDirectory(v, LinkOption.NOFOLLOW_LINKS) || !v.getFileName().toString().matches("[0-9a-f]{16}")) continue;
                boolean current = v.equals(dir);
                try (DirectoryStream<Path> shards = Files.newDirectoryStream(v)) {
                    for (Path shard : shards) {
                        if (!Files.isDirectory(shard, LinkOption.NOFOLLOW_LINKS)) continue;
                        try (DirectoryStream<Path> entries = Files.newDirectoryStream(shard, "*.gz")) {
                            for (Path e : entries) {
                                String name = e.getFileName().toString();
                                String key = name.substring(0, name.length() - 3);
                                if (key.matches("[0-9a-f]{64}") && (!current || !used.contains(key))) Files.deleteIfExists(e);
                            }
                        }
                        deleteIfEmpty(shard);
                    }
                }
                if (!current) deleteIfEmpty(v);
            }
        } catch (IOException ignored) {
            // Pruning is housekeeping only.
        }
    }

    /** Writes a cache file through a temporary file and a move, so that a reader never sees half an entry. */
    static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".entry", ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void deleteIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException notEmpty) {
            // keep it
        }
    }

    Path entry(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".gz");
    }

    /**
     * gzip( "townstats-cache FORMAT VERSION KEY SHA256(PLACES body) PLACES\n" + body ), body being the result as Smile
     * and PLACES the aliases its place was resolved under ({@link #resolvingPlacesUnder}).
     */
    byte[] encode(String key, ReportFacts report) throws IOException {
        byte[] body = Smile.MAPPER.writeValueAsBytes(report);
        if (body.length > MAX_ENTRY_BYTES - 512) throw new IOException("too large to cache: " + body.length + " bytes");
        String places = placesUnder;
        String header = MAGIC + " " + FORMAT + " " + version + " " + key + " "
                + Hashes.sha256(places.getBytes(StandardCharsets.US_ASCII), body) + " " + places + "\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4 + 256);
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(header.getBytes(StandardCharsets.US_ASCII));
            gz.write(body);
        }
        return bytes.toByteArray();
    }

    ReportFacts decode(String key, byte[] stored) throws IOException {
        return decode(key, new java.io.ByteArrayInputStream(stored)).report();
    }

    Hit decode(String key, InputStream stored) throws IOException {
        byte[] all = unpack(stored);
        int eol = 0;
        while (eol < all.length && all[eol] != '\n') eol++;
        if (eol >= all.length) throw new IOException("cache entry without header");
        String[] header = new String(all, 0, eol, StandardCharsets.US_ASCII).split(" ");
        int from = eol + 1;
        int length = all.length - from;
        if (header.length != 6) throw new IOException("stale or damaged cache entry");
        MessageDigest sha = Hashes.sha256();
        sha.update(header[5].getBytes(StandardCharsets.US_ASCII));
        sha.update(all, from, length);
        if (!header[0].equals(MAGIC) || !header[1].equals(String.valueOf(FORMAT)) || !header[2].equals(version)
                || !header[3].equals(key) || !header[4].equals(HexFormat.of().formatHex(sha.digest()))) {
            throw new IOException("stale or damaged cache entry");
        }
        return new Hit(Smile.MAPPER.readValue(all, from, length, ReportFacts.class), !header[5].equals("-") && header[5].equals(placesUnder));
    }

    /** The gzip stream unpacked, counted as it unpacks and refused beyond {@link #MAX_ENTRY_BYTES}. */
    private static byte[] unpack(InputStream packed) throws IOException {
        try (InputStream in = new GZIPInputStream(packed, 1 << 16)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (out.size() + (long) n > MAX_ENTRY_BYTES) {
                    throw new IOException("cache entry expands beyond " + MAX_ENTRY_BYTES / (1024 * 1024) + " MB");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
