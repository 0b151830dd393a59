package townstats.analyze;

import townstats.catalog.Catalog;
import org.junit.jupiter.api.Test;
import townstats.model.Period;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;

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
     * Seven towns, 2023, on the index's six indicators (gdp, fiscal, investment, industry, rural income, collective):
     *   甲 乙 丙 丁   all six
     *   戊            five (no collective income) → scored, collective income filled with the median
     *   己            four (no industry, no collective income) → scored, both filled
     *   庚            three, and tax revenue and population (not in the index) → 数据不足 (3 of 4)
     *   辛            a report without figures → 数据不足 (0 of 4)
     *   壬            gdp for 1—9月 only: not a year's figure → 数据不足
     */
    @Test
    void aFixedSetOfIndicatorsAMinimumPerTownAndImputation() {
        List<ReportFacts> reports = new ArrayList<>();
        String[] towns = {"甲镇", "乙镇", "丙镇", "丁镇"};
        for (int i = 0; i < towns.length; i++) {
            int k = i + 1;
            reports.add(report("r" + k, towns[i], 2023, null, value("gdp", 100 * k), value("fiscal_revenue", 10 * k),
                    value("fixed_investment", 50 * k), value("industrial_output_above_scale", 70 * (5 - k)), value("rural_income", 15000 + 1000 * k),
                    value("collective_income", 20 + k)));
        }
        reports.add(report("r5", "戊镇", 2023, null, value("gdp", 250), value("fiscal_revenue", 25), value("fixed_investment", 125),
                value("industrial_output_above_scale", 100), value("rural_income", 17500)));
        reports.add(report("r6", "己镇", 2023, null, value("gdp", 150), value("fiscal_revenue", 12), value("fixed_investment", 80),
                value("rural_income", 16000)));
        reports.add(report("r7", "庚镇", 2023, null, value("gdp", 90), value("fiscal_revenue", 8), value("rural_income", 14000),
                value("tax_revenue", 5), value("population", 20000)));
        reports.add(report("r8", "辛镇", 2023, null));
        reports.add(report("r9", "壬镇", 2023, null, fact("gdp", 300.0, null, new Period(1, 9), null, SectionKind.SUMMARY)));
        CompositeIndex ci = Analyzer.analyze(reports, Catalog.loadDefault()).compositeIndex().get(0);

        assertEquals(List.of("gdp", "fiscal_revenue", "fixed_investment", "industrial_output_above_scale", "rural_income",
                "collective_income"), ci.indicators(), "the fixed set, in catalogue order");
        assertEquals(EntropyTopsis.indicators(Catalog.loadDefault()), ci.indicators());
        assertEquals(7 / 9.0, ci.coverage().get("gdp"), 1e-12);
        assertEquals(4 / 9.0, ci.coverage().get("collective_income"), 1e-12);
        assertFalse(ci.coverage().containsKey("tax_revenue"));
        assertEquals(9, ci.towns());

        assertEquals(List.of("庚镇", "辛镇", "壬镇"), ci.insufficient().stream().map(CompositeIndex.Insufficient::town).toList());
        assertEquals(List.of(3, 0, 0), ci.insufficient().stream().map(CompositeIndex.Insufficient::available).toList());
        assertTrue(ci.insufficient().stream().allMatch(x -> x.required() == EntropyTopsis.MIN_INDICATORS));
        assertEquals(6, ci.entries().size());
        assertEquals(List.of("collective_income"), entry(ci, "戊镇").imputed());
        assertEquals(List.of("industrial_output_above_scale", "collective_income"), entry(ci, "己镇").imputed());
        assertEquals(List.of(), entry(ci, "甲镇").imputed());
        assertEquals(1.0, ci.weights().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    }

    /* The same indicators in every year, whatever each year's towns report most. */
    @Test
    void everyYearUsesTheSameIndicators() {
        List<ReportFacts> reports = new ArrayList<>();
        for (int year : new int[] {2022, 2023}) {
            for (int k = 1; k <= 5; k++) {
                reports.add(report("y" + year + "-" + k, "T" + k + "镇", year, null, value("gdp", 100 * k), value("fiscal_revenue", 9 * k + year % 7),
                        value("fixed_investment", 40 * k), value("rural_income", 15000 + 700 * k), value("urban_income", 30000 + k)));
            }
        }
        List<CompositeIndex> index = Analyzer.analyze(reports, Catalog.loadDefault()).compositeIndex();
        assertEquals(2, index.size());
        assertEquals(index.get(0).indicators(), index.get(1).indicators());
        assertFalse(index.get(0).weights().containsKey("urban_income"), "not in the index's set, however often reported");
    }

    @Test
    void noIndexWithFewerThanFiveScoredTowns() {
        List<ReportFacts> four = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            four.add(report("r" + k, "T" + k + "镇", 2023, null, value("gdp", 100 * k), value("fiscal_revenue", 10 * k),
                    value("fixed_investment", 50 * k), value("rural_income", 15000 + 1000 * k)));
        }
        assertTrue(Analyzer.analyze(four, Catalog.loadDefault()).compositeIndex().isEmpty());
        // five towns, but one has three indicators only
        List<ReportFacts> five = new ArrayList<>(four);
        five.add(report("r5", "T5镇", 2023, null, value("gdp", 10), value("fiscal_revenue", 1), value("rural_income", 12000)));
        assertTrue(Analyzer.analyze(five, Catalog.loadDefault()).compositeIndex().isEmpty());
        assertTrue(Analyzer.analyze(towns(2023, "gdp", 1, 2, 3, 4, 5, 6), Catalog.loadDefault()).compositeIndex().isEmpty());
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
