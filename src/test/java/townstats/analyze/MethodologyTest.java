package townstats.analyze;

import townstats.catalog.Catalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static townstats.analyze.Fixtures.*;

class MethodologyTest {
    @Test
    void rulesQuoteTheThresholdsInUse() {
        String all = String.join("\n", Methodology.rules(Catalog.loadDefault()));
        assertTrue(all.contains("至少有5个乡镇的数值才排名次"), all);
        assertTrue(all.contains("至少要有其中4项"), all);
        assertTrue(all.contains("同一组6项指标（地区生产总值、财政总收入、固定资产投资、规模以上工业总产值、农村居民人均可支配收入、村集体经济收入"), all);
        assertTrue(all.contains("超过1.5个百分点"), all);
    }

    @Test
    void compositeSentenceListsWeightsAndCoverage() {
        java.util.List<townstats.model.ReportFacts> reports = new java.util.ArrayList<>();
        double[][] rows = {{10, 5, 300, 1}, {20, 15, 100, 1}, {30, 7, 200, 1}, {20, 15, 100, 1}, {10, 5, 300, 1}};
        for (int i = 0; i < rows.length; i++) {
            reports.add(report("r" + i, "T" + i + "镇", 2023, null, value("gdp", rows[i][0]), value("fiscal_revenue", rows[i][1]),
                    value("fixed_investment", rows[i][2]), value("rural_income", rows[i][3])));
        }
        CompositeIndex ci = Analyzer.analyze(reports, Catalog.loadDefault()).compositeIndex().get(0);
        String sentence = Methodology.compositeIndex(ci, Catalog.loadDefault());
        assertTrue(sentence.startsWith("2023年综合发展指数共5个乡镇，选用指标：地区生产总值（权重"), sentence);
        assertTrue(sentence.contains("规模以上工业总产值（权重0.000，覆盖0%）"), sentence);
        assertTrue(sentence.endsWith("；参与计算5个乡镇，数据不足0个。"), sentence);
    }

    /**
     * The theme's methodology page (themes/default/pages/methodology.md), as the site renders it, states the rules the
     * code applies: its numbers are placeholders filled from the constants, and none is left unfilled.
     */
    @Test
    void theMethodologyPageStatesTheRulesInUse() throws java.io.IOException {
        Catalog catalog = Catalog.loadDefault();
        java.nio.file.Path file = java.nio.file.Path.of("themes/default/pages/methodology.md");
        String page = townstats.render.MarkdownPages.read(file, Methodology.placeholders(catalog)).html();
        assertFalse(java.util.regex.Pattern.compile("\\{[a-zA-Z.]+}").matcher(page).find(), "every placeholder filled: " + page);
        assertTrue(page.contains("参与比较的乡镇不足 " + Ranker.MIN_RANKED + " 个"), "the minimum of a ranking");
        assertTrue(page.contains("同一组 " + EntropyTopsis.INDICATORS.size() + " 项指标"), "the composite index's set");
        assertTrue(page.contains("至少要有其中 " + EntropyTopsis.MIN_INDICATORS + " 项"), "the composite index's minimum");
        for (String id : EntropyTopsis.INDICATORS) assertTrue(page.contains(catalog.name(id)), catalog.name(id));
        assertTrue(page.contains("增速高于 +1000% 或低于 −100%"), "the growth bounds");
        assertTrue(page.contains("金额1万亿元、人均收入100万元、人口500万人、户数200万户、耕地林地1.5亿亩、面积10万平方公里、村数或项目数1万个"),
                "Plausibility's bounds");
        assertTrue(page.contains("相差超过 " + GrowthCheck.TOLERANCE + " 个百分点"), "the check across years");
        assertTrue(page.contains("至少 " + SimilarTowns.MIN_SHARED + " 项") && page.contains("最小的 " + SimilarTowns.MAX_NEIGHBOURS + " 个"),
                "similar towns");
        assertTrue(page.contains("至少 " + Correlation.MIN_TOWNS + " 个乡镇"), "correlations");
        assertTrue(page.contains("满 1 亿元的写作“亿元”"), "the unit rule");
        assertTrue(page.contains("前 " + RankBands.EXACT_TOP + " 名给出准确名次") && page.contains("前 " + RankBands.TOP_BAND + " 名（参与排名的乡镇不少于 "
                + 4 * RankBands.TOP_BAND + " 个时）"), "how a province's or all towns' rank is said");
        assertFalse(page.contains("YAML") || page.contains("facts.json") || page.contains("mentions"), "no file formats for an official");
    }

    /** The numbers a theme's page may quote, each from its constant. */
    @Test
    void placeholdersAreTheConstants() {
        var m = Methodology.placeholders(Catalog.loadDefault());
        assertEquals(String.valueOf(Ranker.MIN_RANKED), m.get("min"));
        assertEquals("1万亿元", m.get("max.amount"));
        assertEquals("500万人", m.get("max.population"));
        assertEquals("1.5亿亩", m.get("max.land"));
        assertEquals("−100", m.get("growth.min"));
    }
}
