package townstats.analyze;

import townstats.catalog.Catalog;
import org.junit.jupiter.api.Test;
import townstats.model.ReportFacts;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static townstats.analyze.Fixtures.*;

class EntropyTopsisTest {

    /*
     * Three towns × three indicators, worked by hand:
     *          x1   x2   x3          min–max r:   r1   r2   r3
     *   A      10    5  300                        0    0    1
     *   B      20   15  100                       0.5   1    0
     *   C      30    7  200                        1   0.2  0.5
     *
     * Entropy, p = r / Σr, e = −Σ p ln p / ln 3:
     *   x1: p = 0, 1/3, 2/3 → −Σ p ln p = (1/3)·1.098612 + (2/3)·0.405465 = 0.636514 → e = 0.579380, d = 0.420620
     *   x2: p = 0, 5/6, 1/6 → (5/6)·0.182322 + (1/6)·1.791759 = 0.450561 → e = 0.410118, d = 0.589882
     *   x3: p = 2/3, 0, 1/3 → as x1: d = 0.420620
     *   Σd = 1.431121 → w = 0.293909, 0.412181, 0.293909
     * Weighted v = w·r; ideal v⁺ = (w1, w2, w3), anti-ideal v⁻ = (0, 0, 0):
     *   A: v = (0, 0, w3)          D⁺ = √(w1² + w2²) = 0.506237   D⁻ = w3 = 0.293909            C = 0.367319
     *   B: v = (w1/2, w2, 0)       D⁺ = √((w1/2)² + w3²) = 0.328601  D⁻ = √((w1/2)² + w2²) = 0.437595  C = 0.571127
     *   C: v = (w1, 0.2w2, w3/2)   D⁺ = √((0.8w2)² + (w3/2)²) = 0.361009  D⁻ = √(w1² + (0.2w2)² + (w3/2)²) = 0.338783  C = 0.484120
     */
    @Test
    void weightsAndClosenessMatchTheHandWorkedExample() {
        EntropyTopsis.Result r = EntropyTopsis.score(new double[][]{{10, 5, 300}, {20, 15, 100}, {30, 7, 200}});
        assertArrayEquals(new double[]{0.293909307, 0.412181386, 0.293909307}, r.weights(), 1e-6);
        assertArrayEquals(new double[]{0.506237272, 0.328600595, 0.361009012}, r.dPlus(), 1e-6);
        assertArrayEquals(new double[]{0.293909307, 0.437594750, 0.338783250}, r.dMinus(), 1e-6);
        assertArrayEquals(new double[]{0.367319332, 0.571126871, 0.484119743}, r.closeness(), 1e-6);
    }

    @Test
    void constantIndicatorGetsNoWeight() {
        EntropyTopsis.Result r = EntropyTopsis.score(new double[][]{{1, 5}, {2, 5}, {3, 5}});
        assertEquals(1.0, r.weights()[0], 1e-12);
        assertEquals(0.0, r.weights()[1], 1e-12);
    }

    /*
     * Six towns, 2023:   gdp  fiscal  tax  retail
     *   甲                10     5    300     1
     *   乙                20    15    100     2
     *   丙                30     7    200     —
     *   丁                20    15     —      —     (+ population, not a development indicator)
     *   戊                25     —    150     —
     *   己                 —     —     —      —     (a report without figures)
     * coverage: gdp 5/6, fiscal 4/6, tax 4/6 (≥ 60 %: chosen), retail 2/6 (not chosen).
     * Required per town: ⌈2/3 · 3⌉ = 2 of the 3 chosen → 己 (0) is 数据不足; 丁 lacks tax, 戊 lacks fiscal:
     * both scored with the gap filled by the median r of the towns having it.
     */
    @Test
    void coverageThresholdsInsufficientDataAndImputation() {
        List<ReportFacts> reports = new ArrayList<>();
        reports.add(report("a", "甲镇", 2023, null, value("gdp", 10), value("fiscal_revenue", 5), value("tax_revenue", 300), value("retail_sales", 1)));
        reports.add(report("b", "乙镇", 2023, null, value("gdp", 20), value("fiscal_revenue", 15), value("tax_revenue", 100), value("retail_sales", 2)));
        reports.add(report("c", "丙镇", 2023, null, value("gdp", 30), value("fiscal_revenue", 7), value("tax_revenue", 200)));
        reports.add(report("d", "丁镇", 2023, null, value("gdp", 20), value("fiscal_revenue", 15), value("population", 1000)));
        reports.add(report("e", "戊镇", 2023, null, value("gdp", 25), value("tax_revenue", 150)));
        reports.add(report("f", "己镇", 2023, null));
        CompositeIndex ci = Analyzer.analyze(reports, Catalog.loadDefault()).compositeIndex().get(0);

        assertEquals(List.of("gdp", "fiscal_revenue", "tax_revenue"), ci.indicators());
        assertEquals(5 / 6.0, ci.coverage().get("gdp"), 1e-12);
        assertEquals(4 / 6.0, ci.coverage().get("fiscal_revenue"), 1e-12);
        assertEquals(4 / 6.0, ci.coverage().get("tax_revenue"), 1e-12);
        assertEquals(2 / 6.0, ci.coverage().get("retail_sales"), 1e-12);
        assertFalse(ci.coverage().containsKey("population")); // not a development indicator
        assertEquals(6, ci.towns());

        assertEquals(1, ci.insufficient().size());
        assertEquals("己镇", ci.insufficient().get(0).town());
        assertEquals(0, ci.insufficient().get(0).available());
        assertEquals(2, ci.insufficient().get(0).required());
        assertEquals(5, ci.entries().size());
        assertEquals(List.of("tax_revenue"), entry(ci, "丁镇").imputed());
        assertEquals(List.of("fiscal_revenue"), entry(ci, "戊镇").imputed());
        assertEquals(List.of(), entry(ci, "甲镇").imputed());
        assertEquals(1.0, ci.weights().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    }

    /*
     * A 60 % threshold is inclusive and a town needs ⌈2/3 · k⌉ indicators: with 5 towns and tax in 3 of them
     * (exactly 60 %) tax is chosen; with 2 chosen indicators a town needs both.
     */
    @Test
    void thresholdsAreInclusive() {
        List<ReportFacts> reports = List.of(
                report("a", "甲镇", 2023, null, value("gdp", 10), value("tax_revenue", 3)),
                report("b", "乙镇", 2023, null, value("gdp", 20), value("tax_revenue", 1)),
                report("c", "丙镇", 2023, null, value("gdp", 30), value("tax_revenue", 2)),
                report("d", "丁镇", 2023, null, value("gdp", 40)),
                report("e", "戊镇", 2023, null, value("gdp", 50)));
        CompositeIndex ci = Analyzer.analyze(reports, Catalog.loadDefault()).compositeIndex().get(0);
        assertEquals(List.of("gdp", "tax_revenue"), ci.indicators());
        assertEquals(List.of("丁镇", "戊镇"), ci.insufficient().stream().map(CompositeIndex.Insufficient::town).toList());
    }

    @Test
    void noIndexWithFewerThanTwoIndicatorsOrThreeTowns() {
        assertTrue(Analyzer.analyze(towns(2023, "gdp", 1, 2, 3, 4), Catalog.loadDefault()).compositeIndex().isEmpty());
        assertTrue(Analyzer.analyze(List.of(
                report("a", "甲镇", 2023, null, value("gdp", 10), value("tax_revenue", 3)),
                report("b", "乙镇", 2023, null, value("gdp", 20), value("tax_revenue", 1))), Catalog.loadDefault()).compositeIndex().isEmpty());
    }

    private static CompositeIndex.Entry entry(CompositeIndex ci, String town) {
        return ci.entries().stream().filter(e -> e.town().equals(town)).findFirst().orElseThrow();
    }

    /** analysis.json writes the weights and coverage in the record's order: it must be the catalogue's, in every run. */
    @Test
    void compositeIndexKeepsItsIndicatorsInTheOrderGiven() {
        List<String> order = List.of("rural_income", "urban_income", "collective_income", "key_projects", "key_projects_investment",
                "gdp", "budget_revenue");
        java.util.Map<String, Double> weights = new java.util.LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) weights.put(order.get(i), 0.1 * (i + 1));
        CompositeIndex c = new CompositeIndex(2021, order, weights, weights, 3, List.of(), List.of());
        assertEquals(order, List.copyOf(c.weights().keySet()));
        assertEquals(order, List.copyOf(c.coverage().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> c.weights().put("x", 1.0));
    }
}
