package townstats.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import townstats.util.Hashes;
import townstats.util.TabFields;

/**
 * What the report files looked like at the last build: for each, the size and modification time of the file and of
 * its sidecar, and the hash of their bytes. A file whose size and time are those of the snapshot is not read again to
 * learn it is unchanged (as git's index does); one changed within {@link #RACY_MILLIS} of the snapshot being taken
 * is hashed anyway, since a second write in the same instant would keep its time.
 *
 * <p>Kept in {@code <cache>/snapshot.tsv}; a missing or damaged snapshot only means every file is hashed once more.
 */
final class SourceSnapshot {
    static final String FILE = "snapshot.tsv";
    private static final String HEADER = "townstats-snapshot 1";
    /** How close to the snapshot a file may have changed and still be trusted by its size and time. */
    static final long RACY_MILLIS = 2_000;

    /** The file's and its sidecar's size and modification time (a missing sidecar: -1, -1). */
    record Stat(long size, long mtime, long sidecarSize, long sidecarMtime) {
        static Stat of(Path file, Path sidecar) throws IOException {
            BasicFileAttributes f = Files.readAttributes(file, BasicFileAttributes.class);
            // java.io.File asks without an exception for the missing sidecar of nearly every report
            java.io.File s = sidecar.toFile();
            boolean present = s.isFile();
            return new Stat(f.size(), f.lastModifiedTime().toMillis(), present ? s.length() : -1, present ? s.lastModified() : -1);
        }

        long newest() {
            return Math.max(mtime, sidecarMtime);
        }
    }

    private record Entry(Stat stat, String hash) {
    }

    private final Path file;
    private final long takenAt;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private int hashed;

    private SourceSnapshot(Path file, long takenAt, Map<String, Entry> previous) {
        this.file = file;
        this.takenAt = takenAt;
        this.previous = previous;
    }

    /** No earlier build to remember: every file is hashed (the keys of a build without a cache); never saved. */
    static SourceSnapshot none() {
        return new SourceSnapshot(null, Long.MIN_VALUE, Map.of());
    }

    static SourceSnapshot load(Path cacheRoot) {
        Path file = cacheRoot.resolve(FILE);
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        long takenAt = Long.MIN_VALUE;
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).startsWith(HEADER + " ")) {
                    takenAt = Long.parseLong(lines.get(0).substring(HEADER.length() + 1).strip());
                    for (String line : lines.subList(1, lines.size())) {
                        String[] c = line.split("\t");
                        if (c.length != 6 || !c[5].matches("[0-9a-f]{64}")) continue;
                        entries.put(TabFields.unescape(c[0]), new Entry(new Stat(Long.parseLong(c[1]), Long.parseLong(c[2]),
                                Long.parseLong(c[3]), Long.parseLong(c[4])), c[5]));
                    }
                }
            }
        } catch (IOException | RuntimeException damaged) {
            entries.clear(); // every file is hashed again
            takenAt = Long.MIN_VALUE;
        }
        return new SourceSnapshot(file, takenAt, entries);
    }

    /**
     * The hash of a report's bytes and its sidecar's (as {@code Report.contentHash}), from the snapshot when the
     * file and sidecar kept their size and time, else read.
     */
    String hashOf(String source, Path report, Path sidecar, long maxBytes) throws IOException {
        Stat now = Stat.of(report, sidecar);
        if (now.size() > maxBytes) return null;
        Entry before = previous.get(source);
        if (before != null && before.stat().equals(now) && now.newest() < takenAt - RACY_MILLIS) {
            current.put(source, before);
            return before.hash();
        }
        byte[] bytes = Files.readAllBytes(report);
        byte[] side = now.sidecarSize() >= 0 ? Files.readAllBytes(sidecar) : new byte[0];
        String hash = Hashes.sha256(bytes, side);
        synchronized (this) {
            hashed++;
        }
        current.put(source, new Entry(now, hash));
        return hash;
    }

    /**
     * The report files whose bytes differ from the last build's snapshot, by kind ("new", "changed", "removed"), each
     * sorted; only the files asked for with {@link #hashOf} count as present.
     */
    Map<String, java.util.List<String>> changes() {
        Map<String, java.util.List<String>> changes = new java.util.LinkedHashMap<>();
        for (String kind : new String[] {"new", "changed", "removed"}) changes.put(kind, new java.util.ArrayList<>());
        current.forEach((source, now) -> {
            Entry before = previous.get(source);
            if (before == null) changes.get("new").add(source);
            else if (!before.hash().equals(now.hash())) changes.get("changed").add(source);
        });
        for (String source : previous.keySet()) if (!current.containsKey(source)) changes.get("removed").add(source);
        changes.values().forEach(java.util.Collections::sort);
        return changes;
    }

    /** Files read and hashed in this build (not taken from the snapshot). */
    synchronized int hashed() {
        return hashed;
    }

    /** Writes the files of this build as the new snapshot (through a temporary file: never half written). */
    void save() {
        StringBuilder sb = new StringBuilder(HEADER).append(' ').append(System.currentTimeMillis()).append('\n');
        current.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Stat s = e.getValue().stat();
            sb.append(TabFields.escape(e.getKey())).append('\t').append(s.size()).append('\t').append(s.mtime()).append('\t')
                    .append(s.sidecarSize()).append('\t').append(s.sidecarMtime()).append('\t').append(e.getValue().hash()).append('\n');
        });
        try {
            ReportCache.writeAtomically(file, sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException ignored) {
            // a read-only cache: the next build hashes every file again
        }
    }
}
