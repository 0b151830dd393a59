package townstats.analyze;

import townstats.catalog.Catalog;
import org.junit.jupiter.api.Test;
import townstats.model.ReportFacts;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static townstats.analyze.Fixtures.*;

class SimilarAndCorrelationTest {
    private static final Catalog CATALOG = Catalog.loadDefault();

    /*
     * Towns T1..T4 with gdp = fiscal_revenue = population = 10^k, k = 1..4. ln(10^k) = k·ln 10, so adjacent towns'
     * log ratio is ln 10 = 2.302585 on each of the 3 indicators: RMS distance 2.302585; two apart 4.605170; three
     * apart 6.907755. 五镇 has two other indicators (shared with no town): no neighbours.
     * 旧镇 (2022) is another year: never a neighbour.
     */
    @Test
    void nearestPeersByTheLogRatioOfTheirFigures() {
        List<ReportFacts> reports = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            double v = Math.pow(10, k);
            reports.add(report("t" + k, "T" + k + "镇", 2023, null, value("gdp", v), value("fiscal_revenue", v), value("population", v)));
        }
        reports.add(report("t5", "五镇", 2023, null, value("tax_revenue", 500), value("retail_sales", 50)));
        reports.add(report("old", "旧镇", 2022, null, value("gdp", 10), value("fiscal_revenue", 10), value("population", 10)));
        List<SimilarTowns> all = Analyzer.analyze(reports, CATALOG).similarTowns();
        SimilarTowns t1 = all.stream().filter(s -> s.report().equals("t1")).findFirst().orElseThrow();
        assertEquals(List.of("t2", "t3", "t4"), t1.neighbours().stream().map(SimilarTowns.Neighbour::report).toList());
        assertEquals(2.302585, t1.neighbours().get(0).distance(), 1e-6);
        assertEquals(4.605170, t1.neighbours().get(1).distance(), 1e-6);
        assertEquals(6.907755, t1.neighbours().get(2).distance(), 1e-6);
        assertEquals(3, t1.neighbours().get(0).shared());
        assertTrue(all.stream().noneMatch(s -> s.report().equals("t5")));
        assertTrue(all.stream().flatMap(s -> s.neighbours().stream()).noneMatch(n -> n.report().equals("old")));
    }

    @Test
    void pairsSharingFewerThanThreeIndicatorsAreNotCompared() {
        List<ReportFacts> reports = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            double v = Math.pow(10, k);
            reports.add(report("t" + k, "T" + k + "镇", 2023, null, value("gdp", v), value("fiscal_revenue", v), value("population", v)));
        }
        reports.add(report("two", "二镇", 2023, null, value("gdp", 100), value("fiscal_revenue", 100)));
        List<SimilarTowns> all = Analyzer.analyze(reports, CATALOG).similarTowns();
        assertEquals(4, all.size());
        assertTrue(all.stream().noneMatch(s -> s.report().equals("two")));
        assertTrue(all.stream().flatMap(s -> s.neighbours().stream()).noneMatch(n -> n.report().equals("two")));
    }

    /* 8 towns, fiscal_revenue = 2 · gdp + 1 exactly: ρ = 1, slope 2, intercept 1, r² = 1. With 7 towns: no pair. */
    @Test
    void spearmanNeedsEightTownsAndStrongPairsGetARegression() {
        List<ReportFacts> reports = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            reports.add(report("r" + i, "T" + i + "镇", 2023, null, value("gdp", i * i), value("fiscal_revenue", 2 * i * i + 1)));
        }
        List<Correlation> cs = Analyzer.analyze(reports, CATALOG).correlations();
        assertEquals(1, cs.size());
        Correlation c = cs.get(0);
        assertEquals("gdp", c.x());
        assertEquals("fiscal_revenue", c.y());
        assertEquals(8, c.n());
        assertEquals(1.0, c.rho(), 1e-12);
        assertEquals(2.0, c.fit().slope(), 1e-9);
        assertEquals(1.0, c.fit().intercept(), 1e-9);
        assertEquals(1.0, c.fit().rSquared(), 1e-9);

        assertTrue(Analyzer.analyze(reports.subList(0, 7), CATALOG).correlations().isEmpty());
    }

    /* ranks of x: 1..8; y ranks 2,1,4,3,6,5,8,7: Σd² = 8 → ρ = 1 − 6·8 / (8·63) = 1 − 48/504 = 0.904762 */
    @Test
    void spearmanByHand() {
        double[] y = {20, 10, 40, 30, 60, 50, 80, 70};
        List<ReportFacts> reports = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reports.add(report("r" + i, "T" + i + "镇", 2023, null, value("gdp", i + 1), value("tax_revenue", y[i])));
        }
        Correlation c = Analyzer.analyze(reports, CATALOG).correlations().get(0);
        assertEquals(0.904762, c.rho(), 1e-6);
        assertNotNull(c.fit());
    }
}
