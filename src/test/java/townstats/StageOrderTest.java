package townstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No stage uses a later one: every reference from one townstats package to another (imports and fully
 * qualified names in the shipped sources) must point to the same or an earlier rank of the pipeline.
 */
class StageOrderTest {
    /** Rank of each package: ingest → parse → place → extract → topics → quality → analyze → export → chart → render →
     *  publish, with model, util, catalog and divisions usable by all, and cache, pipeline and cli on top. */
    static final Map<String, Integer> RANK = Map.ofEntries(
            Map.entry("model", 0), Map.entry("util", 0), Map.entry("catalog", 0), Map.entry("divisions", 0),
            Map.entry("ingest", 1), Map.entry("parse", 2), Map.entry("place", 3), Map.entry("extract", 4),
            Map.entry("topics", 5), Map.entry("quality", 6), Map.entry("analyze", 7), Map.entry("export", 8),
            Map.entry("chart", 9), Map.entry("render", 10), Map.entry("publish", 11), Map.entry("cache", 12),
            Map.entry("pipeline", 13), Map.entry("cli", 14));

    private static final Path SOURCES = Path.of("src/main/java/townstats");
    private static final Pattern REFERENCE = Pattern.compile("\\btownstats\\.([a-z]+)\\.[A-Za-z]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void noStageImportsALaterOne() throws IOException {
        List<String> violations = new ArrayList<>();
        TreeSet<String> unranked = new TreeSet<>();
        int references = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                if (!RANK.containsKey(pkg)) {
                    unranked.add(pkg);
                    continue;
                }
                String code = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(" ");
                Matcher m = REFERENCE.matcher(code);
                while (m.find()) {
                    String used = m.group(1);
                    if (used.equals(pkg)) continue;
                    references++;
                    if (!RANK.containsKey(used)) unranked.add(used);
                    else if (RANK.get(used) > RANK.get(pkg)) violations.add(SOURCES.relativize(file) + " uses townstats." + used);
                }
            }
        }
        assertEquals(List.of(), List.copyOf(unranked), "packages missing from the pipeline order");
        assertEquals(List.of(), violations.stream().distinct().toList(), "a stage uses a later one");
        assertTrue(references > 100, "the scan found the cross-package references (" + references + ")");
    }

    @Test
    void theScanSeesALaterStageWhenOneIsUsed() {
        String code = "package townstats.render;\nimport townstats.publish.SiteOutput;\n/** {@link townstats.cli.Main} */";
        Matcher m = REFERENCE.matcher(COMMENT.matcher(code).replaceAll(" "));
        List<String> used = new ArrayList<>();
        while (m.find()) used.add(m.group(1));
        assertEquals(List.of("publish"), used, "the import counts, the comment does not");
        assertTrue(RANK.get("publish") > RANK.get("render"));
    }
}
