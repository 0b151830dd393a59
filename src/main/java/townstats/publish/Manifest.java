package townstats.publish;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import townstats.export.DataExport;

/**
 * {@code .townstats-manifest.json} at the root of a published site: for each file, the hash of the inputs it
 * was made from, the hash of its bytes, and its size and modification time as published. Read as a hint only; a
 * missing or damaged manifest means "rebuild".
 *
 * @param madeAt when the manifest was written (its file's modification time, ms): a file whose size and time are the
 *               recorded ones, and older than this by {@link #RACY_MILLIS}, is known to hold the recorded bytes
 *               without being read (as git's index and rsync trust size and time)
 */
record Manifest(Map<String, Entry> entries, long madeAt) {
    static final String FILE = ".townstats-manifest.json";
    static final int VERSION = 2;
    static final Manifest EMPTY = new Manifest(Map.of(), Long.MIN_VALUE);
    /** A file changed this close before the manifest was written may have changed again within its time's resolution. */
    static final long RACY_MILLIS = 2_000;

    /**
     * {@code inputs} is "" when the file's inputs are unknown (it is then never reused without rendering); {@code size}
     * and {@code mtime} (nanoseconds) are -1 until the file is in place.
     */
    record Entry(String inputs, String content, long size, long mtime) {
        Entry(String inputs, String content) {
            this(inputs, content, -1, -1);
        }

        /** This entry with the size and time of the file as it now stands. */
        Entry at(java.nio.file.attribute.BasicFileAttributes file) {
            return new Entry(inputs, content, file.size(), nanos(file));
        }
    }

    /** Whether {@code file} (the published copy of {@code entry}) is known to hold its recorded bytes by size and time. */
    boolean unchangedByTime(Entry entry, java.nio.file.attribute.BasicFileAttributes file) {
        return entry.size() >= 0 && entry.size() == file.size() && entry.mtime() == nanos(file)
                && file.lastModifiedTime().toMillis() < madeAt - RACY_MILLIS;
    }

    private static long nanos(java.nio.file.attribute.BasicFileAttributes file) {
        return file.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    static Manifest read(Path site) {
        Path file = site.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return EMPTY;
        try {
            JsonNode root = DataExport.JSON.readTree(file.toFile());
            if (root.path("version").asInt() != VERSION) return EMPTY;
            Map<String, Entry> entries = new TreeMap<>();
            root.path("files").fields().forEachRemaining(e -> entries.put(e.getKey(),
                    new Entry(e.getValue().path("inputs").asText(""), e.getValue().path("content").asText(""),
                            e.getValue().path("size").asLong(-1), e.getValue().path("mtime").asLong(-1))));
            return new Manifest(entries, Files.getLastModifiedTime(file).toMillis());
        } catch (IOException | RuntimeException e) {
            return EMPTY;
        }
    }

    /** Sorted and without timestamps, so an unchanged site has a byte-identical manifest. */
    byte[] toBytes() throws IOException {
        Map<String, Object> files = new TreeMap<>();
        entries.forEach((path, e) -> files.put(path, Map.of("inputs", e.inputs(), "content", e.content(), "size", e.size(),
                "mtime", e.mtime())));
        Map<String, Object> root = new TreeMap<>();
        root.put("version", VERSION);
        root.put("files", files);
        return DataExport.JSON.copy().configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .writeValueAsBytes(root);
    }
}
