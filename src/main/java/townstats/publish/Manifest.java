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
 * was made from and the hash of its bytes. Read as a hint only; a missing or damaged manifest means "rebuild".
 */
record Manifest(Map<String, Entry> entries) {
    static final String FILE = ".townstats-manifest.json";
    static final int VERSION = 1;
    static final Manifest EMPTY = new Manifest(Map.of());

    /** {@code inputs} is "" when the file's inputs are unknown (it is then never reused without rendering). */
    record Entry(String inputs, String content) {
    }

    static Manifest read(Path site) {
        Path file = site.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return EMPTY;
        try {
            JsonNode root = DataExport.JSON.readTree(file.toFile());
            if (root.path("version").asInt() != VERSION) return EMPTY;
            Map<String, Entry> entries = new TreeMap<>();
            root.path("files").fields().forEachRemaining(e -> entries.put(e.getKey(),
                    new Entry(e.getValue().path("inputs").asText(""), e.getValue().path("content").asText(""))));
            return new Manifest(entries);
        } catch (IOException | RuntimeException e) {
            return EMPTY;
        }
    }

    /** Sorted and without timestamps, so an unchanged site has a byte-identical manifest. */
    byte[] toBytes() throws IOException {
        Map<String, Object> files = new TreeMap<>();
        entries.forEach((path, e) -> files.put(path, Map.of("inputs", e.inputs(), "content", e.content())));
        Map<String, Object> root = new TreeMap<>();
        root.put("version", VERSION);
        root.put("files", files);
        return DataExport.JSON.copy().configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .writeValueAsBytes(root);
    }
}
