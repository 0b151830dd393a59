package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.bench.BenchTool;
import townstats.cli.Main;

/**
 * The five sample reports plus 30 generated ones (two years, several counties, varied coverage), built
 * as a user would: rankings per indicator and year, the composite index, similar towns and flags.
 */
class ComparativeBuildTest {
    @TempDir
    static Path dir;
    static Path site;
    static JsonNode rankings;
    static JsonNode analysis;

    @BeforeAll
    static void build() throws Exception {
        Path corpus = dir.resolve("corpus");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
        assertEquals(0, BenchTool.run(List.of("generate-corpus", "--reports", "30", "--years", "2", "--seed", "11", "--out",
                corpus.toString()), print, print));
        try (Stream<Path> samples = Files.list(Path.of("content/reports"))) {
            for (Path p : samples.toList()) Files.copy(p, corpus.resolve("reports").resolve(p.getFileName()));
        }
        site = dir.resolve("site");
        assertEquals(0, Main.run(List.of("build", "--content", corpus.toString(), "--out", site.toString(), "--exports"), print, print),
                log.toString(StandardCharsets.UTF_8));
        rankings = TestProject.rankings(site);
        analysis = new ObjectMapper().readTree(site.resolve("data/analysis.json").toFile());
    }

    @Test
    void theSplitRankingsHoldExactlyTheCombinedFile() throws Exception {
        JsonNode combined = new ObjectMapper().readTree(site.resolve("data/rankings.json").toFile()).get("rankings");
        assertEquals(combined, rankings, "--exports writes the same rankings in one file");
        JsonNode index = new ObjectMapper().readTree(site.resolve("data/rankings/index.json").toFile()).get("rankings");
        JsonNode first = index.get(0);
        assertEquals(first.get("indicator").asText() + "/" + first.get("year").asInt() + ".json", first.get("file").asText());
        for (JsonNode r : new ObjectMapper().readTree(site.resolve("data/rankings/" + first.get("file").asText()).toFile()).get("rankings")) {
            assertEquals(first.get("indicator"), r.get("indicator"), "one indicator per file");
            assertEquals(first.get("year"), r.get("year"), "one year per file");
        }
    }

    @Test
    void rankingsPerIndicatorYearAndGroupWithCompetitionRanks() {
        Set<Integer> years = new HashSet<>();
        Set<String> groups = new HashSet<>();
        int ranked = 0;
        for (JsonNode r : rankings) {
            years.add(r.get("year").asInt());
            groups.add(r.get("group").asText().replaceAll(":.*", ""));
            JsonNode entries = r.get("entries");
            // n counts the figures in the statistics; part-year or doubtful ones are listed unranked beside them.
            assertTrue(r.get("n").asInt() <= entries.size());
            long withRank = 0;
            for (JsonNode e : entries) withRank += e.get("rank").isNull() ? 0 : 1;
            if (withRank > 0) assertEquals(r.get("n").asInt(), withRank, "every figure in the statistics is ranked");
            if (r.get("n").asInt() >= 3 && withRank > 0) {
                ranked++;
                // Competition ranks: sorted, start at 1, ties share a rank and the next rank skips.
                int previousRank = 0;
                double previousValue = Double.POSITIVE_INFINITY;
                for (int i = 0; i < entries.size(); i++) {
                    JsonNode e = entries.get(i);
                    if (e.get("rank").isNull()) continue;
                    int rank = e.get("rank").asInt();
                    double value = e.get("value").asDouble();
                    assertTrue(value <= previousValue, "sorted by value");
                    assertEquals(value == previousValue ? previousRank : i + 1, rank, "competition rank at " + i);
                    previousRank = rank;
                    previousValue = value;
                }
            }
        }
        assertTrue(years.containsAll(Set.of(2022, 2023)), "two years: " + years);
        assertTrue(groups.containsAll(Set.of("all", "province", "city", "county")), "groups: " + groups);
        assertTrue(ranked >= 10, "ranked tables: " + ranked);
    }

    @Test
    void partialPeriodFiguresAreFlagged() {
        boolean partialFlagged = false;
        for (JsonNode r : rankings) {
            for (JsonNode e : r.get("entries")) {
                if (e.get("report").asText().equals("000_3b4a4675a0c82837") && r.get("indicator").asText().equals("fixed_investment")) {
                    partialFlagged |= e.get("flags").toString().contains("partial:1-11");
                }
            }
        }
        assertTrue(partialFlagged, "潭头镇's 1–11月 fixed investment carries its partial-period flag");
    }

    @Test
    void compositeIndexAndSimilarTowns() {
        JsonNode composite = analysis.get("compositeIndex");
        assertFalse(composite.isEmpty(), "a composite index per year");
        JsonNode first = composite.get(0);
        double weights = 0;
        for (JsonNode w : first.get("weights")) weights += w.asDouble();
        assertEquals(1.0, weights, 1e-9, "entropy weights sum to 1");
        assertTrue(first.get("entries").size() >= 3);
        JsonNode similar = analysis.get("similarTowns");
        assertTrue(similar.size() >= 10, "similar towns for most towns");
        for (JsonNode s : similar) {
            assertTrue(s.get("neighbours").size() <= 5);
            for (JsonNode n : s.get("neighbours")) assertTrue(n.get("shared").asInt() >= 3);
        }
    }
}
