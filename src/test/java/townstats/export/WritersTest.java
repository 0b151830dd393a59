package townstats.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.model.ReportFacts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static townstats.analyze.Fixtures.*;
import townstats.analyze.Analysis;
import townstats.analyze.Analyzer;
import townstats.catalog.Catalog;

class WritersTest {
    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    @Test
    void rankingsJsonHasExactlyTheContractShape(@TempDir Path dir) throws Exception {
        // five towns of 洛阳市 (ranked), two of them in 栾川县 (listed, unranked)
        List<ReportFacts> reports = List.of(
                report("a", "潭头镇", 2023, place("潭头镇", "410324", "410324101"), value("gdp", 300)),
                report("b", "赤土店镇", 2023, place("赤土店镇", "410324", "410324102"), value("gdp", 100)),
                report("c", "车村镇", 2023, place("车村镇", "410325", "410325101"), value("gdp", 200)),
                report("d", "木植街乡", 2023, place("木植街乡", "410325", "410325102"), value("gdp", 150)),
                report("e", "黄庄乡", 2023, place("黄庄乡", "410325", "410325103"), value("gdp", 50)));
        Analysis a = Analyzer.analyze(reports, Catalog.loadDefault());
        Path file = dir.resolve("data/rankings.json");
        RankingsJson.write(a, file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(List.of("rankings"), names(root));
        JsonNode first = root.get("rankings").get(0);
        assertEquals(List.of("indicator", "year", "group", "measure", "period", "n", "stats", "entries"), names(first));
        assertEquals(List.of("mean", "median", "q1", "q3", "min", "max", "sd", "cv"), names(first.get("stats")));
        assertEquals(List.of("report", "town", "value", "rank", "percentile", "z", "flags"), names(first.get("entries").get(0)));

        JsonNode all = null, county = null;
        for (JsonNode r : root.get("rankings")) {
            if (r.get("group").asText().equals("all")) all = r;
            if (r.get("group").asText().equals("county:410324")) county = r;
        }
        assertEquals("gdp", all.get("indicator").asText());
        assertEquals(2023, all.get("year").asInt());
        assertEquals("value", all.get("measure").asText());
        assertEquals(1, all.get("entries").get(0).get("rank").asInt());
        assertEquals("潭头镇", all.get("entries").get(0).get("town").asText());
        assertTrue(county.get("entries").get(0).get("rank").isNull());
        assertTrue(county.get("entries").get(0).get("percentile").isNull());
        assertTrue(county.get("entries").get(0).get("z").isNull());
    }

    @Test
    void analysisJsonHoldsTheRest(@TempDir Path dir) throws Exception {
        List<ReportFacts> reports = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            reports.add(report("r" + i, "T" + i + "镇", 2023, null, value("gdp", 100 * i), value("fiscal_revenue", 7 * i + i % 3),
                    value("fixed_investment", 3 * i), value("rural_income", 15000 + 10 * i * i)));
        }
        reports.add(report("p", "T1镇", 2022, null, value("gdp", 90),
                fact("gdp", 150.0, null, null, null, townstats.model.SectionKind.PLAN))); // 2023 目标 150, achieved 100
        Analysis a = Analyzer.analyze(reports, Catalog.loadDefault());
        Path file = dir.resolve("analysis.json");
        AnalysisJson.write(a, file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(List.of("compositeIndex", "similarTowns", "correlations", "timeSeries", "growthChecks", "targetChecks",
                "dataQualityFlags"), names(root));
        JsonNode ci = root.get("compositeIndex").get(0);
        assertEquals(6, ci.get("weights").size(), "the index's fixed indicators, each with its weight");
        assertEquals(1.0, ci.get("coverage").get("gdp").asDouble(), 1e-12);
        assertEquals("未达成", root.get("targetChecks").get(0).get("status").asText());
        assertEquals(8, root.get("correlations").get(0).get("n").asInt());

        List<Analysis.TownRank> t1 = a.townRankings("r1");
        assertTrue(t1.stream().anyMatch(t -> t.ranking().indicator().equals("gdp") && t.entry().rank() == 8));
    }
}
