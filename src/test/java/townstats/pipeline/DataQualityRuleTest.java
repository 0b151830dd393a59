package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one data-quality rule, seen where readers see it: an absurd growth rate, a duplicate report and a part-year
 * figure each appear (or not) identically in the rankings data (data/rankings/), on the ranking page and on the town page, as the
 * methodology page says. The project: the sample reports, a copy of 潭头镇's (a duplicate), four more towns of
 * 栾川县 with a full-year revenue and a 1—11月 investment, and one (三川镇) stating 同比增长5000%.
 */
class DataQualityRuleTest {
    @TempDir
    static Path dir;
    static TestProject project;
    static JsonNode rankings;

    /** Five towns of 栾川县 besides the samples' and 三川镇: a ranking needs 5. */
    private static final String[] TOWNS = {"赤土店镇", "合峪镇", "庙子镇", "石庙镇", "陶湾镇"};

    @BeforeAll
    static void build() throws IOException {
        project = TestProject.withSamples(dir);
        Files.copy(TestProject.SAMPLES.resolve(TestProject.SAMPLE), project.reports.resolve("000_copy.txt"));
        for (int i = 0; i < TOWNS.length; i++) {
            write("t" + i, TOWNS[i], 3000 + 500 * i, 5 + i, 50000 + 10000 * i, 10 + i);
        }
        write("absurd", "三川镇", 2500, 5000, null, null);
        Build.Result result = project.build();
        assertEquals(List.of(), result.skipped(), project.log());
        rankings = TestProject.rankings(project.site);
    }

    private static void write(String id, String town, int revenue, int growth, Integer investment, Integer investmentGrowth)
            throws IOException {
        String text = "中共" + town + "委员会\n" + town + "2022年工作总结\n\n中共栾川县委：\n\n2022年，全年完成财政收入" + revenue
                + "万元，同比增长" + growth + "%"
                + (investment == null ? "" : "；1-11月份完成固定资产投资" + investment + "万元，同比增长" + investmentGrowth + "%")
                + "。\n";
        Files.writeString(project.reports.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
    }

    @Test
    void anAbsurdGrowthIsShownFlaggedAndNeverRanked() throws IOException {
        JsonNode growth = ranking("fiscal_revenue", "county:410324", "growth", null);
        JsonNode absurd = entry(growth, "三川镇");
        assertEquals(5000, absurd.get("value").asDouble(), "shown as stated");
        assertTrue(absurd.get("rank").isNull(), "never ranked");
        assertTrue(flags(absurd).contains("implausible_growth"));
        assertEquals(TOWNS.length, growth.get("n").asInt(), "not in the statistics");
        assertTrue(growth.get("stats").get("max").asDouble() < 100, "the mean and max are the plausible towns' only");
        JsonNode all = ranking("fiscal_revenue", "all", "growth", null);
        assertEquals(1, entry(all, TOWNS[TOWNS.length - 1]).get("rank").asInt(), "the highest plausible growth ranks first");
        // its revenue itself is plausible and ranked
        assertFalse(entry(ranking("fiscal_revenue", "county:410324", "value", null), "三川镇").get("rank").isNull());

        Element row = rankingRow("fiscal-revenue-2022.html", "county:410324", "growth", "", "三川镇");
        assertTrue(row.hasClass("unranked") && row.child(0).text().equals("—"), row.outerHtml());
        assertTrue(row.text().contains("增速不合理"));

        Element card = card("三川镇", "fiscal_revenue");
        assertTrue(card.text().contains("5,000%") && card.text().contains("增速不合理"), card.text());
        assertFalse(card.select(".rank-lead, ul.ranks").text().contains("增长率"), "no growth rank on the town page either");
        assertFalse(card.select("p.rank-lead[data-measure=value]").isEmpty(), "the revenue is ranked");
        assertTrue(page("quality.html").text().contains("增速不合理：财政总收入增长+5000%"), "listed on the data-quality page");
    }

    @Test
    void aDuplicateReportIsShownFlaggedAndNeitherCopyIsRanked() throws IOException {
        JsonNode value = ranking("fiscal_revenue", "county:410324", "value", null);
        List<JsonNode> tantou = entries(value, "潭头镇");
        assertEquals(2, tantou.size(), "both copies are listed");
        for (JsonNode e : tantou) {
            assertTrue(e.get("rank").isNull() && flags(e).contains("duplicate_report"), e.toString());
        }
        assertEquals(TOWNS.length + 1, value.get("n").asInt(), "neither copy is in the statistics");
        JsonNode reports = new ObjectMapper().readTree(project.site.resolve("data/reports.json").toFile());
        int flagged = 0;
        for (JsonNode r : reports.get("reports")) {
            for (JsonNode i : r.get("issues")) flagged += i.get("kind").asText().equals("duplicate_report") ? 1 : 0;
        }
        assertEquals(2, flagged, "reports.json names both");

        Element row = rankingRow("fiscal-revenue-2022.html", "all", "value", "", "潭头镇");
        assertTrue(row.hasClass("unranked") && row.text().contains("重复报告"), row.outerHtml());
        Element card = card("潭头镇", "fiscal_revenue");
        assertTrue(card.select("ul.ranks li").isEmpty() && card.text().contains("重复报告"), card.outerHtml());
        assertTrue(card.text().contains("4,410"));
        JsonNode analysis = new ObjectMapper().readTree(project.site.resolve("data/analysis.json").toFile());
        for (JsonNode s : analysis.get("similarTowns")) {
            assertFalse(s.get("town").asText().equals("潭头镇"), "a duplicate is in no similar-towns list");
        }
    }

    @Test
    void aPartYearFigureIsShownAsPrintedAndRankedOnlyWithTheSameMonths() throws IOException {
        JsonNode eleven = ranking("fixed_investment", "county:410324", "value", "1-11");
        assertEquals(TOWNS.length, eleven.get("n").asInt());
        assertEquals(50000 + 10000 * (TOWNS.length - 1), eleven.get("entries").get(0).get("value").asDouble(), "as printed, never × 12/11");
        assertEquals(94885, entry(eleven, "潭头镇").get("value").asDouble(), "潭头镇 as printed (a duplicate: unranked)");
        assertNull(ranking("fixed_investment", "county:410324", "value", null), "no part-year figure among the year's figures");

        Element row = rankingRow("fixed-investment-2022.html", "county:410324", "value", "1-11", TOWNS[0]);
        assertEquals(String.valueOf(TOWNS.length), row.child(0).text(), "the lowest of " + TOWNS.length);
        assertEquals("5.00 亿元", row.child(2).text(), "in 亿元 from 1亿 on, as on the card");
        Document ranking = page("rankings/fixed-investment-2022.html");
        assertTrue(ranking.select("section[data-period=\"1-11\"] caption").first().text().contains("1—11月"), "the months in the caption");
        assertFalse(ranking.text().contains("已折算"), "nothing is annualised");

        Element card = card(TOWNS[0], "fixed_investment");
        assertEquals("5.00 亿元", card.select("span.v").text() + " " + card.select("span.u").text(), "from 1亿 on in 亿元");
        assertTrue(card.select(".badge-period").text().contains("1—11月"));
        Element rank = card.select("p.rank-lead[data-group=\"county:410324\"][data-measure=value]").first();
        assertNotNull(rank, card.outerHtml());
        assertEquals("1-11", card.attr("data-period"), "the card's months, those of its headline rank");
        assertEquals(String.valueOf(TOWNS.length), rank.attr("data-rank"), "the same rank as the ranking page");
        assertFalse(card.text().contains("不参与排名"), "no 'not ranked' beside a rank");

        String method = page("methodology.html").text();
        assertTrue(method.contains("从不按月数折算为全年") && method.contains("只与同一时期的乡镇"), "the methodology says so");
        assertTrue(method.contains("+1000%") && method.contains("重复报告"));
    }

    /* ---- reading the output ---- */

    private static JsonNode ranking(String indicator, String group, String measure, String period) {
        for (JsonNode r : rankings) {
            String p = r.get("period").isNull() ? null : r.get("period").get("from").asInt() + "-" + r.get("period").get("to").asInt();
            if (r.get("indicator").asText().equals(indicator) && r.get("year").asInt() == 2022 && r.get("group").asText().equals(group)
                    && r.get("measure").asText().equals(measure) && java.util.Objects.equals(p, period)) return r;
        }
        return null;
    }

    private static List<JsonNode> entries(JsonNode ranking, String town) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : ranking.get("entries")) if (e.get("town").asText().equals(town)) out.add(e);
        return out;
    }

    private static JsonNode entry(JsonNode ranking, String town) {
        List<JsonNode> found = entries(ranking, town);
        assertFalse(found.isEmpty(), town + " in " + ranking.get("indicator") + " " + ranking.get("group"));
        return found.get(0);
    }

    private static List<String> flags(JsonNode entry) {
        List<String> out = new ArrayList<>();
        entry.get("flags").forEach(f -> out.add(f.asText()));
        return out;
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(project.site.resolve(path).toFile(), "UTF-8");
    }

    private static Element rankingRow(String page, String group, String measure, String period, String town) throws IOException {
        Document d = page("rankings/" + page);
        // a group's own table, or the wider one listing the same towns that stands for it
        Element section = d.select("section.ranking-table[data-measure=" + measure + "][data-period=\"" + period + "\"]").stream()
                .filter(x -> x.attr("data-group").equals(group) || java.util.List.of(x.attr("data-same-towns").split(" ")).contains(group))
                .findFirst().orElse(null);
        assertNotNull(section, page + " " + group + " " + measure + " " + period);
        for (Element tr : section.select("tbody tr")) {
            if (tr.select("th").text().equals(town)) return tr;
        }
        throw new AssertionError(town + " not on " + page);
    }

    /** The card of an indicator on the town page whose heading is {@code town}. */
    private static Element card(String town, String indicator) throws IOException {
        try (Stream<Path> pages = Files.list(project.site.resolve("towns"))) {
            for (Path p : pages.filter(Files::isDirectory).toList()) {
                Document d = Jsoup.parse(p.resolve("index.html").toFile(), "UTF-8");
                if (!d.select("h1").text().equals(town)) continue;
                Element card = d.select("li.card[data-indicator=" + indicator + "]").first();
                assertNotNull(card, town + " " + indicator);
                return card;
            }
        }
        throw new AssertionError("no page for " + town);
    }
}
