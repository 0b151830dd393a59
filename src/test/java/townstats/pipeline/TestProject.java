package townstats.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import townstats.extract.Extractor;
import townstats.util.Hashes;

/** A throw-away project for tests: content/reports with the sample reports, the repository's theme, site/ and the cache. */
public final class TestProject {
    /** The repository's sample reports and default theme (tests run in the module folder). */
    public static final Path SAMPLES = Path.of("content/reports").toAbsolutePath();
    public static final Path THEME = Path.of("themes/default").toAbsolutePath();
    public static final String SAMPLE = "000_3b4a4675a0c82837.txt";
    private static Extractor extractor;

    public final Path dir;
    public final Path content;
    public final Path reports;
    public final Path site;
    public final ByteArrayOutputStream log = new ByteArrayOutputStream();

    public TestProject(Path dir) throws IOException {
        this.dir = dir;
        this.content = dir.resolve("content");
        this.reports = Files.createDirectories(content.resolve("reports"));
        this.site = dir.resolve("site");
    }

    /** A project holding copies of the sample reports. */
    public static TestProject withSamples(Path dir) throws IOException {
        TestProject p = new TestProject(dir);
        for (Path f : sampleFiles()) Files.copy(f, p.reports.resolve(f.getFileName()));
        return p;
    }

    private static final String NAME_CHARS = "东南西北金银铜铁石木水山河湖松柏杨柳桃李梅兰竹菊龙凤云霞青白红黄";

    /** A made-up town name for number i (two characters from a fixed list, then 镇): 东南镇, 东西镇 ... */
    public static String townName(int i) {
        int n = NAME_CHARS.length();
        return "" + NAME_CHARS.charAt(i / n % n) + NAME_CHARS.charAt(i % n) + (i >= n * n ? String.valueOf(i / (n * n)) : "") + "镇";
    }

    /** Adds {@code count} copies of the sample reports with other town names: gen_0000.txt ... */
    public void addCopies(int from, int count) throws IOException {
        List<Path> samples = sampleFiles();
        List<String> texts = new ArrayList<>();
        List<String> towns = new ArrayList<>();
        for (Path f : samples) {
            texts.add(Files.readString(f, StandardCharsets.UTF_8));
            Path dir = f.getParent();
            try {
                towns.add(new ReportPipeline(extractor()).run(dir, f).document().town());
            } catch (townstats.ingest.BadInputException e) {
                throw new IOException(e);
            }
        }
        for (int i = from; i < from + count; i++) {
            int k = i % samples.size();
            String town = towns.get(k);
            String text = town == null || town.length() < 2 ? texts.get(k) : texts.get(k).replace(town, townName(i));
            Files.writeString(reports.resolve(String.format("gen_%04d.txt", i)), text, StandardCharsets.UTF_8);
        }
    }

    public static List<Path> sampleFiles() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    public static synchronized Extractor extractor() {
        if (extractor == null) extractor = Extractor.withDefaultCatalog();
        return extractor;
    }

    public Build.Options options() {
        return new Build.Options(content, site, THEME, false);
    }

    /**
     * Every ranking of a built site, read as a tool would: data/rankings/index.json names the file of each
     * indicator and year, each file holds {"rankings":[...]} in the shape of the combined rankings.json.
     */
    public static com.fasterxml.jackson.databind.node.ArrayNode rankings(Path site) throws IOException {
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ArrayNode all = json.createArrayNode();
        Path dir = site.resolve("data/rankings");
        for (JsonNode entry : json.readTree(dir.resolve("index.json").toFile()).get("rankings")) {
            JsonNode file = json.readTree(dir.resolve(entry.get("file").asText()).toFile()).get("rankings");
            if (file.size() != entry.get("tables").asInt()) throw new IOException(entry + " lists " + file.size() + " tables");
            all.addAll((com.fasterxml.jackson.databind.node.ArrayNode) file);
        }
        return all;
    }

    public Build.Result build() throws IOException {
        return new Build(options(), extractor(), new PrintStream(log, true, StandardCharsets.UTF_8)).run();
    }

    public String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    /** Copies a folder tree (a theme the test may change), the files with their modification times. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                // with their times: the site dates its data by the newest report's, and a copy made after midnight
                // would date it a day later
                else Files.copy(f, t, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /**
     * Every file under a folder (not following links): relative path → SHA-256 of its bytes; the manifest's without the
     * files' sizes and times, which are those of the files on this disk (two builds of the same site differ there only).
     */
    public static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(root)) return out;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String path = root.relativize(f).toString();
                byte[] bytes = Files.readAllBytes(f);
                if (path.equals(".townstats-manifest.json")) {
                    com.fasterxml.jackson.databind.node.ObjectNode manifest = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(bytes);
                    manifest.path("files").forEach(e -> ((com.fasterxml.jackson.databind.node.ObjectNode) e).remove(List.of("size", "mtime")));
                    bytes = JSON.writeValueAsBytes(manifest);
                }
                out.put(path, Hashes.sha256(bytes));
            }
        }
        return out;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Every file under a folder: relative path → modification time in nanoseconds precision as text. */
    public static Map<String, String> mtimes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), Files.getLastModifiedTime(f).toString());
            }
        }
        return out;
    }

    /** The rows of site/data/facts.json. */
    public List<JsonNode> facts() throws IOException {
        JsonNode root = new ObjectMapper().readTree(site.resolve("data/facts.json").toFile());
        List<JsonNode> rows = new ArrayList<>();
        root.path("facts").forEach(rows::add);
        return rows;
    }

    /** Number of facts.json rows per report id. */
    public Map<String, Integer> factsPerReport() throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        for (JsonNode f : facts()) out.merge(f.path("report").asText(), 1, Integer::sum);
        return out;
    }
}
