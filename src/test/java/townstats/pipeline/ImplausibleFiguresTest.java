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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.cli.Main;
import townstats.model.Fact;
import townstats.model.QualityIssue;
import townstats.model.SectionKind;
import townstats.quality.Plausibility;

/**
 * Overflowing, huge and negative figures (issue 16): every value stays finite, the build exits 0 and writes the
 * whole site, the figure is flagged 不合理数值 on its report and the data-quality page, and the rankings data (data/rankings/) give it
 * no rank and leaves it out of the statistics while ranking the plausible figures of the same indicator. A
 * report stating one indicator twice with different values is flagged 数值不一致 and ranked by the stated rule.
 */
class ImplausibleFiguresTest {
    static final String NINES = "1" + "9".repeat(400);
    static final String E300 = "1" + "0".repeat(300);
    /** Report id → text: four plausible towns (with 北山镇's, five figures: a ranking needs 5), then the hostile ones. */
    static final Map<String, String> REPORTS = new TreeMap<>(Map.of(
            "ok_qingshi", report("青石镇", "全年完成财政收入5200万元，税收收入3100万元。"),
            "ok_baishi", report("白石镇", "全年完成财政收入3900万元，税收收入2500万元。"),
            "ok_hongshi", report("红石镇", "全年完成财政收入6100万元，税收收入4200万元。"),
            "ok_huangshi", report("黄石镇", "全年完成财政收入4700万元，税收收入2600万元。"),
            "overflow", report("东山镇", "全年完成财政收入" + NINES + "亿元，税收收入99999999999999亿元。"),
            "e300", report("西山镇", "全年完成财政收入" + E300 + "万元。"),
            "negative", report("南山镇", "全年完成财政收入-5亿元，税收收入负3000万元。"),
            "conflict", report("北山镇", "全年完成财政收入4410万元。全镇财政收入4500万元，税收收入2800万元。")));

    static String report(String town, String sentence) {
        return town + "2022年工作总结\n一、2022年工作回顾\n" + sentence + "\n";
    }

    @TempDir
    static Path dir;
    static TestProject project;
    static int exit;
    static String err;
    static JsonNode facts;
    static JsonNode reports;
    static JsonNode rankings;
    static String factsText;
    static String quality;

    @BeforeAll
    static void build() throws Exception {
        project = TestProject.withSamples(dir);
        for (var e : REPORTS.entrySet()) Files.writeString(project.reports.resolve(e.getKey() + ".txt"), e.getValue());
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        exit = Main.run(List.of("build", "--content", project.content.toString(), "--out", project.site.toString(),
                        "--no-cache"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        err = errBytes.toString(StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        factsText = Files.readString(project.site.resolve("data/facts.json"));
        facts = json.readTree(factsText).get("facts");
        reports = json.readTree(project.site.resolve("data/reports.json").toFile()).get("reports");
        rankings = TestProject.rankings(project.site);
        quality = Files.readString(project.site.resolve("quality.html"));
    }

    @Test
    void theBuildExitsZeroAndWritesTheWholeSite() {
        assertEquals(0, exit, err);
        assertFalse(err.contains("Exception"), err);
        assertTrue(Files.isRegularFile(project.site.resolve("index.html")));
        for (String id : REPORTS.keySet()) {
            assertTrue(facts.findValues("report").stream().anyMatch(r -> r.asText().equals(id)), id + " has its facts in facts.json");
        }
        assertEquals(5 + REPORTS.size(), reports.size(), "every report is listed");
    }

    @Test
    void everyValueIsFinite() {
        assertFalse(factsText.contains("Infinity") || factsText.contains("NaN"), "no Infinity or NaN in facts.json");
        for (JsonNode f : facts) {
            if (!f.get("value").isNull()) assertTrue(f.get("value").isNumber() && Double.isFinite(f.get("value").asDouble()), f.toString());
        }
        // 1 and 400 nines 亿元 is read as the numeral ceiling, 10^18 元, marked more-than
        JsonNode overflow = fact("overflow", "fiscal_revenue");
        assertEquals(1e14, overflow.get("value").asDouble());
        assertEquals("more_than", overflow.get("qualifier").asText());
        assertEquals(1e14, fact("e300", "fiscal_revenue").get("value").asDouble());
        assertEquals(-50000, fact("negative", "fiscal_revenue").get("value").asDouble(), "-5亿元 keeps its sign");
        assertEquals(-3000, fact("negative", "tax_revenue").get("value").asDouble(), "负3000万元 too");
    }

    static final String TOO_LARGE = "数值100000000000000万元，超过100000000万元的合理上限，不参与排名和统计。";

    @Test
    void flaggedFiguresAreNamedOnTheirReportAndTheQualityPage() {
        Map<String, List<String>> expected = Map.of(
                "overflow", List.of("implausible_value fiscal_revenue " + TOO_LARGE, "implausible_value tax_revenue " + TOO_LARGE),
                "e300", List.of("implausible_value fiscal_revenue " + TOO_LARGE),
                "negative", List.of("implausible_value fiscal_revenue 数值为负（-50000），不可能为乡镇数据，不参与排名和统计。",
                        "implausible_value tax_revenue 数值为负（-3000），不可能为乡镇数据，不参与排名和统计。"),
                "conflict", List.of("conflicting_values fiscal_revenue 全年有不同数值（4410、4500万元），统计时按方法说明的取值规则选用其一。"));
        expected.forEach((id, issues) -> assertEquals(issues, issues(id), id));
        for (String ok : List.of("ok_qingshi", "ok_baishi", "ok_hongshi")) assertEquals(List.of(), issues(ok), ok);
        for (String line : List.of("不合理数值：财政总收入" + TOO_LARGE, "不合理数值：税收收入" + TOO_LARGE,
                "不合理数值：财政总收入数值为负（-50000）", "不合理数值：税收收入数值为负（-3000）",
                "数值不一致：财政总收入全年有不同数值（4410、4500万元）")) {
            assertTrue(quality.contains(line), "quality.html lists " + line);
        }
    }

    /**
     * The quality stage's one rule: a flagged figure is listed as stated (so every page and file shows the same
     * thing) but has no rank, no percentile, the issue's flag, and no part in the statistics.
     */
    @Test
    void rankingsLeaveTheFlaggedFiguresOut() {
        for (String indicator : List.of("fiscal_revenue", "tax_revenue")) {
            JsonNode ranking = null;
            for (JsonNode r : rankings) {
                if (r.get("indicator").asText().equals(indicator) && r.get("year").asInt() == 2022
                        && r.get("group").asText().equals("all") && r.get("measure").asText().equals("value")) ranking = r;
            }
            assertTrue(ranking != null, indicator + " is ranked");
            List<String> ranked = new ArrayList<>();
            for (JsonNode e : ranking.get("entries")) {
                String id = e.get("report").asText();
                boolean bad = List.of("overflow", "e300", "negative").contains(id);
                if (!bad) {
                    if (e.get("rank").isNumber()) ranked.add(id);
                    continue;
                }
                assertTrue(e.get("rank").isNull() && e.get("percentile").isNull(), "never ranked: " + e);
                assertTrue(e.get("flags").toString().contains("implausible_value"), e.toString());
                assertTrue(Double.isFinite(e.get("value").asDouble()), e.toString());
            }
            assertTrue(ranked.containsAll(List.of("ok_qingshi", "ok_baishi", "ok_hongshi")), indicator + ": " + ranked);
            assertEquals(ranked.size(), ranking.get("n").asInt(), "n counts the ranked figures only");
            JsonNode stats = ranking.get("stats");
            assertTrue(stats.get("max").asDouble() < 1e5 && stats.get("min").asDouble() > 0, "statistics without the absurd figures: " + stats);
        }
    }

    @Test
    void twoValuesForOnePeriodAreRankedByTheStatedRule() {
        JsonNode entry = null;
        for (JsonNode r : rankings) {
            if (!r.get("indicator").asText().equals("fiscal_revenue") || !r.get("group").asText().equals("all")
                    || !r.get("measure").asText().equals("value")) continue;
            for (JsonNode e : r.get("entries")) if (e.get("report").asText().equals("conflict")) entry = e;
        }
        assertEquals(4500, entry.get("value").asDouble(), "the larger figure: a town total is never below its breakdown");
        assertTrue(entry.get("rank").isNumber(), "a conflict is noted, not left out: " + entry);
    }

    @Test
    void extractPrintsFiniteJsonForAnOverflowingFigure() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(List.of("extract", project.reports.resolve("overflow.txt").toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code);
        assertFalse(printed.contains("Infinity") || printed.contains("NaN"), printed);
        assertTrue(printed.contains("\"value\" : 1.0E14"), printed);
    }

    @Test
    void boundsPerUnit() {
        assertEquals("数值6000000人，超过5000000人的合理上限，不参与排名和统计。", Plausibility.value(fact("population", 6e6, "人")).message());
        assertEquals(null, Plausibility.value(fact("population", 5e6, "人")));
        assertEquals("数值2000000元，超过1000000元的合理上限，不参与排名和统计。", Plausibility.value(fact("rural_income", 2e6, "元")).message());
        assertEquals("数值200000平方公里，超过100000平方公里的合理上限，不参与排名和统计。",
                Plausibility.value(fact("area", 2e5, "平方公里")).message());
        assertEquals("数值20000个，超过10000个的合理上限，不参与排名和统计。", Plausibility.value(fact("admin_units", 2e4, "个")).message());
        assertEquals(null, Plausibility.value(fact("gdp", 2e7, "万元")), "2000亿元: the largest towns");
        assertEquals(QualityIssue.Kind.IMPLAUSIBLE_VALUE, Plausibility.value(fact("gdp", -1, "万元")).kind());
    }

    private static Fact fact(String indicator, double value, String unit) {
        return new Fact(indicator, value, unit, null, null, null, SectionKind.SUMMARY, "", 0, 0, 0);
    }

    private static JsonNode fact(String report, String indicator) {
        for (JsonNode f : facts) {
            if (f.get("report").asText().equals(report) && f.get("indicator").asText().equals(indicator)) return f;
        }
        throw new AssertionError(indicator + " of " + report + " not in facts.json");
    }

    /** "kind indicator message" of each quality issue of a report in reports.json. */
    private static List<String> issues(String report) {
        for (JsonNode r : reports) {
            if (!r.get("id").asText().equals(report)) continue;
            List<String> out = new ArrayList<>();
            r.get("issues").forEach(i -> out.add(i.get("kind").asText() + " " + i.get("indicator").asText() + " " + i.get("message").asText()));
            return out;
        }
        throw new AssertionError(report + " not in reports.json");
    }
}
