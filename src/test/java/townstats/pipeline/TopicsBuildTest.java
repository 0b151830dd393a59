package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.cli.Main;

/**
 * The themes in a build: data/topics.json on the samples; the themes come from the cache with the report; an office's
 * own content/topics.yml re-reads every report with its themes; a bad one stops the build in one line.
 */
class TopicsBuildTest {
    @TempDir
    Path tmp;

    @Test
    void themesAreWrittenCachedAndReadAgainWithAnOfficesOwnCatalogue() throws Exception {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        Build.Result first = p.build();
        assertEquals(5, first.reportsRead());
        byte[] written = Files.readAllBytes(p.site.resolve("data/topics.json"));
        JsonNode topics = new ObjectMapper().readTree(written);
        assertEquals(first.reports().stream().mapToInt(r -> r.themes().size()).sum(), topics.get("mentions").size());
        assertTrue(topics.get("mentions").size() > 400, "problems, plans and highlights of the samples");
        Set<String> parts = new HashSet<>();
        topics.get("counts").forEach(c -> parts.add(c.get("part").asText()));
        assertEquals(Set.of("problems", "plans", "highlights"), parts);

        // the same reports into another site: every report from the cache, with its themes
        Build.Result again = new Build(new Build.Options(p.content, tmp.resolve("site2"), TestProject.THEME, false, p.options().cache()),
                TestProject.extractor(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        assertEquals(5, again.reportsCached());
        assertArrayEquals(written, Files.readAllBytes(tmp.resolve("site2/data/topics.json")));

        // an office's own catalogue: every report is read again, with its themes only
        Files.writeString(p.content.resolve("topics.yml"), """
                themes:
                  - id: land
                    problem: 用地紧张
                    plan: 用地保障
                    words: [用地, 三区三线]
                """);
        Build.Result own = p.build();
        assertEquals(5, own.reportsRead(), "the catalogue is part of the cache key");
        JsonNode mine = new ObjectMapper().readTree(p.site.resolve("data/topics.json").toFile());
        assertEquals(1, mine.get("themes").size());
        Set<String> themes = new HashSet<>();
        mine.get("mentions").forEach(m -> themes.add(m.get("theme").asText()));
        assertEquals(Set.of("land"), themes);
        assertTrue(mine.get("uncovered").get("sentences").size() > 10, "the problem sentences one theme leaves uncovered");
    }

    @Test
    void aBadCatalogueInTheContentStopsTheBuildInOneLine() throws Exception {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        Files.writeString(p.content.resolve("topics.yml"), "themes:\n  - id: land\n    plan: 用地保障\n    wrods: [用地]\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("build", "--content", p.content.toString(), "--out", p.site.toString(),
                        "--themes-dir", TestProject.THEME.getParent().toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertEquals("townstats: build failed, the previous site is unchanged: topics.yml: unknown key 'wrods' in themes[0].wrods (line 4)\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
