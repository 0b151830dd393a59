package townstats.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import townstats.chart.ChartImage;
import townstats.chart.ChartStore;
import townstats.util.Hashes;

/**
 * The charts of earlier builds ({@code <cache>/charts/<version>/<key>.chart}); the version folder changes with the
 * code and the catalogue, the key with the chart's data. An entry is a SHA-256 of everything after it (its key, the
 * alt text, the size and the image: a changed digit in the alt text is damage like a changed pixel), then those
 * fields; a damaged, foreign or oversized entry is deleted and the chart drawn again.
 */
public final class ChartCache implements ChartStore {
    private static final String MAGIC = "townstats-chart 2";
    /** A chart's PNG is some 30 KB: an entry larger than this is not a chart of ours and is not read into memory. */
    static final long MAX_ENTRY_BYTES = 8L * 1024 * 1024;

    private final Path root;
    private final Path dir;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private ChartCache(Path root, String version) {
        this.root = root.toAbsolutePath().normalize();
        this.dir = this.root.resolve("charts").resolve(version.substring(0, 16));
    }

    /** @param catalogHash {@code Catalog.sourceHash()}: indicator names and units are drawn on the charts */
    public static ChartCache open(Path root, String catalogHash) {
        return new ChartCache(root, Hashes.of(MAGIC, CodeVersion.hash(CodeVersion.Scope.CHARTS), catalogHash));
    }

    @Override
    public ChartImage find(String key) {
        used.add(key);
        Path file = entry(key);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return null;
        try {
            if (Files.size(file) > MAX_ENTRY_BYTES) throw new IOException("oversized chart entry");
            byte[] bytes = Files.readAllBytes(file);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            String sha = in.readUTF();
            int fields = bytes.length - in.available();
            MessageDigest digest = Hashes.sha256();
            digest.update(bytes, fields, bytes.length - fields);
            if (!HexFormat.of().formatHex(digest.digest()).equals(sha)) throw new IOException("damaged chart entry");
            if (!in.readUTF().equals(MAGIC) || !in.readUTF().equals(key)) throw new IOException("foreign chart entry");
            String alt = in.readUTF();
            int width = in.readInt();
            int height = in.readInt();
            if (width <= 0 || height <= 0 || width > 10_000 || height > 10_000) throw new IOException("damaged chart entry");
            return new ChartImage(in.readAllBytes(), alt, width, height);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // drawn again and overwritten
            }
            return null;
        }
    }

    /** Stores a chart; a cache that cannot be written only makes the next build slower. */
    @Override
    public void keep(String key, ChartImage image) {
        used.add(key);
        Path file = entry(key);
        try {
            ByteArrayOutputStream fields = new ByteArrayOutputStream(image.bytes() + 512);
            try (DataOutputStream out = new DataOutputStream(fields)) {
                out.writeUTF(MAGIC);
                out.writeUTF(key);
                out.writeUTF(image.altText());
                out.writeInt(image.width());
                out.writeInt(image.height());
                out.write(image.png());
            }
            byte[] body = fields.toByteArray();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + 80);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(Hashes.sha256(body)); // first, covering every field after it
                out.write(body);
            }
            ReportCache.writeAtomically(file, bytes.toByteArray());
        } catch (IOException | RuntimeException ignored) {
            // A read-only or full disk (or an alt text too long to store): build without caching this chart.
        }
    }

    /** After a complete build: deletes the charts it did not use and the folders of other versions (our files only). */
    public void prune() {
        Path charts = root.resolve("charts");
        if (!Files.isDirectory(charts, LinkOption.NOFOLLOW_LINKS)) return;
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(charts)) {
            for (Path v : versions) {
                if (!Files.isDirectory(v, LinkOption.NOFOLLOW_LINKS) || !v.getFileName().toString().matches("[0-9a-f]{16}")) continue;
                boolean current = v.equals(dir);
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(v, "*.chart")) {
                    for (Path e : entries) {
                        String name = e.getFileName().toString();
                        String key = name.substring(0, name.length() - ".chart".length());
                        if (key.matches("[0-9a-f]{64}") && (!current || !used.contains(key))) Files.deleteIfExists(e);
                    }
                }
                if (!current) ReportCache.deleteIfEmpty(v);
            }
        } catch (IOException ignored) {
            // Pruning is housekeeping only.
        }
    }

    private Path entry(String key) {
        if (!key.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("chart key must be a SHA-256: " + key);
        return dir.resolve(key + ".chart");
    }

    /** The charts stored now, for tests. */
    int size() throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (var s = Files.list(dir)) {
            return (int) s.filter(p -> p.toString().endsWith(".chart")).count();
        }
    }
}
