package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.catalog.Catalog;
import townstats.extract.Extractor;
import townstats.model.Fact;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;

/**
 * A bug met by one report (not bad input: the program itself fails on it) skips that report with an
 * "internal error" reason; the rest of the site is built and no input is changed.
 */
class UnexpectedFailureTest {
    @TempDir
    Path tmp;

    /**
     * A catalogue rule a user might write, {@code (?:啊|哦)*}, makes Java's regular expressions recurse once per
     * character: on a report with one 40,000-character sentence it overflows the stack. (An indicator's pattern is
     * only tried around its units, so the rule here is one of the language's, read over the words before a name.)
     */
    @Test
    void aStackOverflowOnOneReportSkipsOnlyThatReport() throws IOException {
        String yaml;
        try (InputStream in = Catalog.class.getResourceAsStream("/townstats/catalog.yml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String rule = "  target_lead: '";
        assertTrue(yaml.contains(rule), "the catalogue's target_lead rule");
        Path catalog = tmp.resolve("catalog.yml");
        Files.writeString(catalog, yaml.replace(rule, rule + "(?:啊|哦)*目标|"));
        Extractor extractor = new Extractor(Catalog.load(catalog));

        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        Files.writeString(p.reports.resolve("long.txt"), "青石镇2022年工作总结\n全镇" + "啊哦".repeat(20_000) + "完成地区生产总值3.2亿元。\n");
        Map<String, String> before = TestProject.hashes(p.content);
        Build.Result result = new Build(p.options(), extractor, new PrintStream(p.log, true, StandardCharsets.UTF_8)).run();

        assertEquals(List.of(new Build.Skipped("long.txt", "internal error: java.lang.StackOverflowError")), result.skipped());
        assertTrue(p.log().contains("townstats: skipped long.txt: internal error: java.lang.StackOverflowError\n"), p.log());
        assertEquals(TestProject.sampleFiles().size(), p.factsPerReport().size(), "every other report is built");
        assertTrue(Files.readString(p.site.resolve("quality.html")).contains("long.txt"), "listed on the data-quality page");
        assertEquals(before, TestProject.hashes(p.content), "no input file is changed");
    }

    @Test
    void aFigureThatIsNotFiniteFailsItsReportNotTheDataFiles() {
        Fact infinite = new Fact("fiscal_revenue", Double.POSITIVE_INFINITY, "万元", null, null, null, SectionKind.SUMMARY,
                "全年完成财政收入……亿元。", 12, 0, 40);
        ReportFacts report = new ReportFacts(null, null, List.of(infinite), List.of());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Build.requireFinite(report));
        assertEquals("fiscal_revenue read as Infinity at offset 12", e.getMessage());
        Fact nanGrowth = new Fact("gdp", 1.0, "万元", Double.NaN, null, null, SectionKind.SUMMARY, "", 5, 0, 0);
        assertEquals("gdp read as NaN at offset 5",
                assertThrows(IllegalStateException.class, () -> Build.requireFinite(new ReportFacts(null, null, List.of(nanGrowth), List.of())))
                        .getMessage());
    }
}
