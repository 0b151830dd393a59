package townstats.analyze;

import townstats.catalog.Catalog;
import org.junit.jupiter.api.Test;
import townstats.model.Period;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static townstats.analyze.Fixtures.*;

class AcrossYearsTest {
    private static final Catalog CATALOG = Catalog.loadDefault();

    private static ReportFacts tantou(String id, int year, townstats.model.Fact... facts) {
        return report(id, "潭头镇", year, place("潭头镇", "410324", "410324101"), facts);
    }

    @Test
    void growthImpliedByTwoYearsIsCheckedAgainstTheStatedRate() {
        // 100000 → 110000 is +10 %; the report says 8 %: 2 points apart > 1.5 → flagged.
        // fiscal 5000 → 5450 is +9 %; the report says 9.5 %: 0.5 points → consistent.
        List<ReportFacts> reports = List.of(
                tantou("t22", 2022, value("gdp", 100000), value("fiscal_revenue", 5000)),
                tantou("t23", 2023, value("gdp", 110000), growth("gdp", 8), value("fiscal_revenue", 5450), growth("fiscal_revenue", 9.5)));
        Analysis a = Analyzer.analyze(reports, CATALOG);

        TimeSeries gdp = a.timeSeries().stream().filter(t -> t.indicator().equals("gdp") && t.measure().equals("value")).findFirst().orElseThrow();
        assertEquals("code:410324101", gdp.townKey());
        assertEquals(List.of(2022, 2023), gdp.points().stream().map(TimeSeries.Point::year).toList());
        assertEquals(List.of(100000.0, 110000.0), gdp.points().stream().map(TimeSeries.Point::value).toList());

        GrowthCheck g = a.growthChecks().stream().filter(c -> c.indicator().equals("gdp")).findFirst().orElseThrow();
        assertEquals(10.0, g.implied(), 1e-9);
        assertEquals(8.0, g.stated(), 1e-9);
        assertFalse(g.consistent());
        GrowthCheck f = a.growthChecks().stream().filter(c -> c.indicator().equals("fiscal_revenue")).findFirst().orElseThrow();
        assertEquals(9.0, f.implied(), 1e-9);
        assertTrue(f.consistent());
        assertEquals(1, a.dataQualityFlags().size());
        assertEquals("growth_mismatch", a.dataQualityFlags().get(0).kind());
        assertEquals("t23", a.dataQualityFlags().get(0).report());
    }

    @Test
    void approximateValuesAndPartialGrowthAreNotChecked() {
        List<ReportFacts> reports = List.of(
                tantou("t22", 2022, fact("gdp", 100000.0, null, null, townstats.model.Qualifier.APPROX, SectionKind.SUMMARY),
                        value("fiscal_revenue", 5000)),
                tantou("t23", 2023, value("gdp", 110000), growth("gdp", 3), value("fiscal_revenue", 6000),
                        fact("fiscal_revenue", null, 2.0, new Period(1, 11), null, SectionKind.SUMMARY)));
        assertTrue(Analyzer.analyze(reports, CATALOG).growthChecks().isEmpty());
    }

    @Test
    void annualisedValuesAreNotUsedForGrowthChecks() {
        List<ReportFacts> reports = List.of(
                tantou("t22", 2022, value("gdp", 100000)),
                tantou("t23", 2023, fact("gdp", 110000.0, 3.0, new Period(1, 11), null, SectionKind.SUMMARY)));
        assertTrue(Analyzer.analyze(reports, CATALOG).growthChecks().isEmpty());
    }

    @Test
    void planOfOneYearIsCheckedAgainstTheNextYearsAchievement() {
        List<ReportFacts> reports = List.of(
                tantou("t22", 2022, value("gdp", 100000), value("fiscal_revenue", 5000),
                        fact("gdp", null, 8.0, null, null, SectionKind.PLAN),                 // 2023 目标: gdp +8 %
                        fact("fiscal_revenue", 5500.0, null, null, null, SectionKind.PLAN),    // 2023 目标: 5500 万元
                        fact("tax_revenue", 900.0, null, null, null, SectionKind.PLAN)),       // no 2023 figure: no check
                tantou("t23", 2023, value("gdp", 110000), growth("gdp", 10), value("fiscal_revenue", 5400)));
        List<TargetCheck> checks = Analyzer.analyze(reports, CATALOG).targetChecks();
        assertEquals(2, checks.size());
        TargetCheck gdp = checks.stream().filter(c -> c.indicator().equals("gdp")).findFirst().orElseThrow();
        assertEquals("growth", gdp.measure());
        assertEquals(2023, gdp.year());
        assertEquals(8.0, gdp.target());
        assertEquals(10.0, gdp.achieved());
        assertEquals("达成", gdp.status());
        TargetCheck fiscal = checks.stream().filter(c -> c.indicator().equals("fiscal_revenue")).findFirst().orElseThrow();
        assertEquals("value", fiscal.measure());
        assertEquals("未达成", fiscal.status());
        assertEquals("t22", fiscal.targetReport());
        assertEquals("t23", fiscal.achievedReport());
    }

    @Test
    void growthTargetFallsBackToTheImpliedGrowth() {
        List<ReportFacts> reports = List.of(
                tantou("t22", 2022, value("gdp", 100000), fact("gdp", null, 12.0, null, null, SectionKind.PLAN)),
                tantou("t23", 2023, value("gdp", 110000)));
        TargetCheck c = Analyzer.analyze(reports, CATALOG).targetChecks().get(0);
        assertEquals(10.0, c.achieved(), 1e-9);
        assertFalse(c.met());
        assertTrue(c.flags().contains("implied_growth"));
    }

    @Test
    void identityAcrossYearsByNameWhenUnresolvedAndNeverForAnonymised() {
        ReportFacts a22 = report("a22", "甲镇", 2022, null, value("gdp", 1));
        ReportFacts a23 = report("a23", "甲镇", 2023, null, value("gdp", 2));
        assertEquals(TownIdentity.of(a22).key(), TownIdentity.of(a23).key());
        assertEquals(1, Analyzer.analyze(List.of(a22, a23), CATALOG).timeSeries().size());

        ReportFacts x22 = anonymised(report("x22", "匿名乡镇·3F2A", 2022, null, value("gdp", 1)));
        ReportFacts x23 = anonymised(report("x23", "匿名乡镇·3F2A", 2023, null, value("gdp", 2)));
        assertNotEquals(TownIdentity.of(x22).key(), TownIdentity.of(x23).key());
        assertTrue(Analyzer.analyze(List.of(x22, x23), CATALOG).timeSeries().isEmpty());
    }

    @Test
    void sameTownSameYearIsNeverRankedAgainstItself() {
        ReportFacts one = tantou("t23a", 2023, value("gdp", 1), value("population", 5));
        ReportFacts two = tantou("t23b", 2023, value("gdp", 2));
        Analysis a = Analyzer.analyze(townstats.quality.DataQuality.check(List.of(one, two, report("b", "乙镇", 2023, null, value("gdp", 3)),
                report("c", "丙镇", 2023, null, value("gdp", 4)))), CATALOG);
        Ranking gdp = a.ranking("gdp", 2023, "all", "value");
        assertEquals(2, gdp.n(), "neither copy is counted");
        for (String copy : List.of("t23a", "t23b")) {
            assertTrue(gdp.entry(copy).rank() == null && gdp.entry(copy).flags().contains("duplicate_report"), copy);
        }
        assertTrue(a.timeSeries().isEmpty() && a.similarTowns().isEmpty());
    }

    private static ReportFacts anonymised(ReportFacts r) {
        var d = r.document();
        return new ReportFacts(new townstats.model.Document(d.report(), d.title(), d.town(), d.county(), d.year(), true,
                d.headings(), d.sentences(), d.warnings()), r.place(), r.facts(), r.warnings());
    }
}
