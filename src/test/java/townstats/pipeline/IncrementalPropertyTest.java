package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import townstats.catalog.Catalog;
import townstats.extract.Extractor;

/**
 * Whatever happens to the content between builds (reports added, changed, renamed and removed, sidecars written and
 * deleted, a template or the catalogue changed), the site an incremental build leaves (cache, spare site, kept pages)
 * is the site a clean build makes from the same content, byte for byte.
 */
class IncrementalPropertyTest {
    @TempDir
    Path tmp;

    private Path theme;
    private Path catalog;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 2026})
    void everyIncrementalBuildEqualsACleanBuild(long seed) throws Exception {
        Random random = new Random(seed);
        theme = tmp.resolve("theme");
        TestProject.copyTree(TestProject.THEME, theme);
        catalog = tmp.resolve("catalog.yml");
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.RESOURCE)) {
            Files.write(catalog, in.readAllBytes());
        }
        TestProject p = TestProject.withSamples(tmp.resolve("incremental"));
        p.addCopies(0, 6);
        build(p.content, p.site, p.dir.resolve(".townstats-cache"));
        List<String> steps = new ArrayList<>();
        for (int step = 0; step < 6; step++) {
            steps.add(change(p, random, step));
            build(p.content, p.site, p.dir.resolve(".townstats-cache"));
            Path clean = tmp.resolve("clean-" + seed + "-" + step);
            TestProject.copyTree(p.content, clean.resolve("content"));
            build(clean.resolve("content"), clean.resolve("site"), null);
            Map<String, String> cleanFiles = TestProject.hashes(clean.resolve("site"));
            Map<String, String> incremental = TestProject.hashes(p.site);
            assertEquals(cleanFiles, incremental, "after " + steps + ": " + firstDifference(clean.resolve("site"), p.site, cleanFiles, incremental));
        }
    }

    /** The files that differ, and where the first text file of them differs first (for a failure message). */
    private static String firstDifference(Path clean, Path incremental, Map<String, String> a, Map<String, String> b) throws IOException {
        java.util.TreeSet<String> paths = new java.util.TreeSet<>(a.keySet());
        paths.addAll(b.keySet());
        paths.removeIf(path -> java.util.Objects.equals(a.get(path), b.get(path)));
        for (String path : paths) {
            if (!path.endsWith(".html") || !a.containsKey(path) || !b.containsKey(path)) continue;
            String x = Files.readString(clean.resolve(path));
            String y = Files.readString(incremental.resolve(path));
            int i = 0;
            while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) i++;
            return paths + "; " + path + " at " + i + ": clean «" + x.substring(Math.max(0, i - 80), Math.min(x.length(), i + 120))
                    + "» incremental «" + y.substring(Math.max(0, i - 80), Math.min(y.length(), i + 120)) + "»";
        }
        return paths.toString();
    }

    /** One random change to the content, the theme or the catalogue; says what it did. */
    private String change(TestProject p, Random random, int step) throws IOException {
        List<Path> reports;
        try (Stream<Path> s = Files.list(p.reports)) {
            reports = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        Path some = reports.get(random.nextInt(reports.size()));
        switch (random.nextInt(7)) {
            case 0 -> {
                p.addCopies(100 + step, 1);
                return "added a report";
            }
            case 1 -> {
                String text = Files.readString(some);
                Files.writeString(some, text.replaceFirst("(\\d+)(\\.\\d+)?万元", "$1" + step + "万元"));
                return "changed a figure of " + some.getFileName();
            }
            case 2 -> {
                Files.move(some, some.resolveSibling("renamed_" + step + ".txt"));
                return "renamed " + some.getFileName();
            }
            case 3 -> {
                if (reports.size() > 4) Files.delete(some);
                return "removed " + some.getFileName();
            }
            case 4 -> {
                Path sidecar = some.resolveSibling(some.getFileName().toString().replace(".txt", ".yml"));
                if (Files.exists(sidecar)) Files.delete(sidecar);
                else Files.writeString(sidecar, "year: 2021\n");
                return "wrote or deleted the sidecar of " + some.getFileName();
            }
            case 5 -> {
                Path template = theme.resolve("templates/town.ftlh");
                Files.writeString(template, Files.readString(template) + "<#-- step " + step + " -->\n<p class=\"note\">" + step + "</p>\n");
                return "changed the town template";
            }
            default -> {
                String yaml = Files.readString(catalog);
                Files.writeString(catalog, yaml.replace("synonyms: [财政总收入, 财政收入,", "synonyms: [财政总收入, 财政收入, 镇级收入" + step + ","));
                return "changed the catalogue";
            }
        }
    }

    private void build(Path content, Path site, Path cache) throws IOException {
        Build.Options options = new Build.Options(content, site, theme, false, cache);
        new Build(options, new Extractor(Catalog.load(catalog)), new PrintStream(new java.io.ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run();
    }
}
