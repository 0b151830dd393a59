package townstats.analyze;

import townstats.catalog.Catalog;
import org.junit.jupiter.api.Test;
import townstats.model.Period;
import townstats.model.Qualifier;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static townstats.analyze.Fixtures.*;

class FactSelectorTest {
    private static final Catalog CATALOG = Catalog.loadDefault();
    private final FactSelector selector = new FactSelector(CATALOG);

    private Observation only(ReportFacts r, String indicator, String measure) {
        List<Observation> found = selector.observations(r).stream()
                .filter(o -> o.indicator().equals(indicator) && o.measure().equals(measure)).toList();
        assertEquals(1, found.size(), indicator + " " + measure);
        return found.get(0);
    }

    @Test
    void repeatsPreferSummaryFullYearAchievementsThenTheLargestValue() {
        ReportFacts r = report("r", "甲镇", 2023, null,
                fact("gdp", 90000.0, null, null, Qualifier.TARGET, SectionKind.SUMMARY),   // a goal, never an achievement
                fact("gdp", 70000.0, null, new Period(1, 11), null, SectionKind.SUMMARY),  // partial
                fact("gdp", 60000.0, null, null, null, SectionKind.PROBLEMS),              // problems section
                fact("gdp", 80000.0, null, Period.FULL_YEAR, null, SectionKind.SUMMARY),   // a part of it (其中 …)
                fact("gdp", 81000.0, null, Period.FULL_YEAR, null, SectionKind.SUMMARY),   // the one: a total is never below its parts
                fact("gdp", 99000.0, null, Period.FULL_YEAR, null, SectionKind.PLAN));     // next year's plan
        Observation o = only(r, "gdp", "value");
        assertEquals(81000, o.value());
        assertEquals(List.of(), o.flags());
        assertTrue(o.rankable());
    }

    @Test
    void growthRatesAreTakenInTextOrderNotByTheirSize() {
        ReportFacts r = report("r", "甲镇", 2023, null,
                fact("gdp", null, 7.0, Period.FULL_YEAR, null, SectionKind.SUMMARY),
                fact("gdp", null, 9.0, Period.FULL_YEAR, null, SectionKind.SUMMARY));
        assertEquals(7.0, only(r, "gdp", "growth").value());
    }

    @Test
    void unknownPeriodIsAnnualButFlaggedAndLosesToFullYear() {
        ReportFacts unknown = report("r", "甲镇", 2023, null, fact("gdp", 500.0, null, null, null, SectionKind.SUMMARY));
        Observation o = only(unknown, "gdp", "value");
        assertEquals(500, o.value());
        assertEquals(List.of(Flags.PERIOD_UNKNOWN), o.flags());
        assertTrue(o.rankable());

        ReportFacts both = report("r", "甲镇", 2023, null,
                fact("gdp", 500.0, null, null, null, SectionKind.SUMMARY),
                fact("gdp", 600.0, null, Period.FULL_YEAR, null, SectionKind.SUMMARY));
        assertEquals(600, only(both, "gdp", "value").value());
    }

    /** A growth rate is year-on-year whatever its months: ranked with the year's, its months in its flag. */
    @Test
    void elevenMonthFlowIsShownAsPrintedAndRankedWithTheSameMonths() {
        ReportFacts r = report("r", "甲镇", 2023, null,
                fact("fiscal_revenue", 1100.0, 8.0, new Period(1, 11), Qualifier.ESTIMATE, SectionKind.SUMMARY));
        Observation v = only(r, "fiscal_revenue", "value");
        assertEquals(1100, v.value(), 1e-9); // never 1100 × 12 / 11
        assertEquals(new Period(1, 11), v.period());
        assertEquals(List.of("partial:1-11", Flags.ESTIMATE), v.flags());
        assertTrue(v.rankable());
        Observation g = only(r, "fiscal_revenue", "growth");
        assertEquals(8.0, g.value());
        assertNull(g.period(), "ranked with the year's growth rates");
        assertEquals(new Period(1, 11), g.months());
        assertEquals(List.of("partial:1-11", Flags.ESTIMATE), g.flags());
        assertFalse(g.annual(), "not a figure of the whole year");
    }

    @Test
    void partYearFlowsAreRankedOnlyAgainstTheSameMonths() {
        List<ReportFacts> reports = List.of(
                report("a", "甲镇", 2023, null, value("gdp", 100)),
                report("b", "乙镇", 2023, null, value("gdp", 200)),
                report("c", "丙镇", 2023, null, value("gdp", 300)),
                report("h", "半年镇", 2023, null, fact("gdp", 250.0, null, new Period(1, 6), null, SectionKind.SUMMARY)),
                report("k", "十一月镇", 2023, null, fact("gdp", 900.0, null, new Period(1, 11), null, SectionKind.SUMMARY)),
                report("l", "另一镇", 2023, null, fact("gdp", 800.0, null, new Period(1, 11), null, SectionKind.SUMMARY)),
                report("m", "第三镇", 2023, null, fact("gdp", 700.0, null, new Period(1, 11), null, SectionKind.SUMMARY)),
                report("n", "第四镇", 2023, null, fact("gdp", 600.0, null, new Period(1, 11), null, SectionKind.SUMMARY)),
                report("o", "第五镇", 2023, null, fact("gdp", 500.0, null, new Period(1, 11), null, SectionKind.SUMMARY)));
        Analysis a = Analyzer.analyze(reports, CATALOG);
        Ranking year = a.ranking("gdp", 2023, "all", "value");
        assertEquals(3, year.n());
        assertEquals(200, year.stats().mean(), 1e-12); // no part-year figure in the year's statistics
        assertEquals(List.of("c", "b", "a"), year.entries().stream().map(RankEntry::report).toList());
        assertFalse(year.ranked(), "three towns of the full year: listed, not ranked");
        Ranking eleven = a.ranking("gdp", 2023, "all", "value", new Period(1, 11));
        assertEquals(List.of("k", "l", "m", "n", "o"), eleven.entries().stream().map(RankEntry::report).toList());
        assertEquals(List.of(900.0, 800.0, 700.0, 600.0, 500.0), eleven.entries().stream().map(RankEntry::value).toList(), "as printed");
        assertEquals(1, eleven.entries().get(0).rank());
        Ranking half = a.ranking("gdp", 2023, "all", "value", new Period(1, 6));
        assertEquals(1, half.n());
        assertFalse(half.ranked(), "one town of 上半年: shown, not ranked");
        assertNull(half.entries().get(0).rank());
    }

    /** A stock has no period: none is flagged (not 1—6月, not 时期未注明), and it ranks with the year's figures. */
    @Test
    void stockPeriodDoesNotMatter() {
        ReportFacts r = report("r", "甲镇", 2023, null,
                fact("population", 24000.0, null, new Period(1, 6), Qualifier.MORE_THAN, SectionKind.SUMMARY),
                fact("area", 120.0, null, null, null, SectionKind.SUMMARY));
        Observation o = only(r, "population", "value");
        assertEquals(24000, o.value());
        assertTrue(o.rankable());
        assertNull(o.period());
        assertEquals(List.of(Flags.MORE_THAN), o.flags());
        assertEquals(List.of(), only(r, "area", "value").flags());
    }

    @Test
    void foreignCurrencyIsNotComparable() {
        ReportFacts r = report("r", "甲镇", 2023, null,
                new townstats.model.Fact("foreign_trade", 500.0, "美元", null, Period.FULL_YEAR, null,
                        SectionKind.SUMMARY, "……", 1, 1, 2));
        assertTrue(selector.observations(r).isEmpty());
    }

    /* gdp 50000 万元, population 25000 人, area 100 km²:
     * per capita = 50000 × 10000 / 25000 = 20000 元/人; per km² = 50000 / 100 = 500 万元/km²; density 250 人/km² */
    @Test
    void perCapitaAndPerAreaAreDerivedInTheRightUnits() {
        ReportFacts r = report("r", "甲镇", 2023, null, value("gdp", 50000), value("population", 25000),
                fact("area", 100.0, null, null, Qualifier.APPROX, SectionKind.SUMMARY));
        assertEquals(20000, only(r, "gdp_per_capita", "value").value(), 1e-9);
        Observation perKm2 = only(r, "gdp_per_km2", "value");
        assertEquals(500, perKm2.value(), 1e-9);
        assertEquals(List.of(Flags.APPROX), perKm2.flags(), "the flags of both parts: the area's 约 (a stock has no period)");
        assertEquals(250, only(r, "population_per_km2", "value").value(), 1e-9);
        assertEquals("元/人", CATALOG.unit("gdp_per_capita"));
        assertEquals("人均地区生产总值", CATALOG.name("gdp_per_capita"));
        assertEquals("万元/平方公里", CATALOG.unit("gdp_per_km2"));
        assertEquals("人/平方公里", CATALOG.unit("population_per_km2"));
    }
}
