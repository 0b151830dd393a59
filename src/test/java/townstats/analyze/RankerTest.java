package townstats.analyze;

import townstats.catalog.Catalog;
import org.junit.jupiter.api.Test;
import townstats.model.ReportFacts;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static townstats.analyze.Fixtures.*;

class RankerTest {
    private static final Catalog CATALOG = Catalog.loadDefault();

    /*
     * gdp of five towns, 2023: T1 100, T2 200, T3 200, T4 50, T5 400.
     * sorted: 50 100 200 200 400; mean = 950 / 5 = 190
     * deviations -90 10 10 -140 210 → squares 8100 100 100 19600 44100 = 72000; sample var = 72000 / 4 = 18000
     * sd = √18000 = 134.164078649987; cv = sd / 190 = 0.706126729736774
     * R_7 quartiles: h = (n − 1)p + 1 → q1 at h = 2 → 100, median at 3 → 200, q3 at 4 → 200
     * competition ranks: T5 1, T2 2, T3 2, T1 4, T4 5
     * percentile = 100 · (n − rank) / (n − 1): T5 100, T2/T3 75, T1 25, T4 0
     * z(T5) = 210 / 134.164078649987 = 1.565247584249853; z(T4) = −140 / sd = −1.043498389499902
     */
    @Test
    void competitionRanksPercentilesAndZScores() {
        Analysis a = Analyzer.analyze(towns(2023, "gdp", 100, 200, 200, 50, 400), CATALOG);
        Ranking r = a.ranking("gdp", 2023, "all", "value");
        assertTrue(r.ranked());
        assertEquals(5, r.n());
        Stats s = r.stats();
        assertEquals(190, s.mean(), 1e-9);
        assertEquals(200, s.median(), 1e-9);
        assertEquals(100, s.q1(), 1e-9);
        assertEquals(200, s.q3(), 1e-9);
        assertEquals(50, s.min(), 1e-9);
        assertEquals(400, s.max(), 1e-9);
        assertEquals(134.164078649987, s.sd(), 1e-9);
        assertEquals(0.706126729736774, s.cv(), 1e-9);

        assertEquals(List.of("T5镇", "T2镇", "T3镇", "T1镇", "T4镇"), r.entries().stream().map(RankEntry::town).toList());
        assertEquals(List.of(1, 2, 2, 4, 5), r.entries().stream().map(RankEntry::rank).toList());
        assertEquals(List.of(100.0, 75.0, 75.0, 25.0, 0.0), r.entries().stream().map(RankEntry::percentile).toList());
        assertEquals(1.565247584249853, r.entries().get(0).z(), 1e-9);
        assertEquals(-1.043498389499902, r.entries().get(4).z(), 1e-9);
    }

    /* 10 20 30 40: q1 at h = 3 · 0.25 + 1 = 1.75 → 10 + 0.75 · 10 = 17.5; median 25; q3 at 3.25 → 32.5 (QUARTILE.INC) */
    @Test
    void quartilesInterpolateLikeExcel() {
        Stats s = Stats.of(new double[]{40, 10, 30, 20});
        assertEquals(17.5, s.q1(), 1e-12);
        assertEquals(25, s.median(), 1e-12);
        assertEquals(32.5, s.q3(), 1e-12);
    }

    @Test
    void tiesAtTheTopShareRankOne() {
        Ranking r = Analyzer.analyze(towns(2023, "gdp", 7, 7, 7, 3, 1), CATALOG).ranking("gdp", 2023, "all", "value");
        assertEquals(List.of(1, 1, 1, 4, 5), r.entries().stream().map(RankEntry::rank).toList());
        assertEquals(List.of(100.0, 100.0, 100.0, 25.0, 0.0), r.entries().stream().map(RankEntry::percentile).toList());
    }

    /** Four towns are listed, five ranked: among 3 or 4 a top-three place is near certain. */
    @Test
    void aTableNeedsFiveTownsToBeRanked() {
        assertEquals(5, Ranker.MIN_RANKED);
        Ranking four = Analyzer.analyze(towns(2023, "gdp", 4, 3, 2, 1), CATALOG).ranking("gdp", 2023, "all", "value");
        assertFalse(four.ranked());
        assertEquals(4, four.n());
        assertTrue(four.entries().stream().allMatch(e -> e.rank() == null));
        assertTrue(Analyzer.analyze(towns(2023, "gdp", 5, 4, 3, 2, 1), CATALOG).ranking("gdp", 2023, "all", "value").ranked());
    }

    @Test
    void yearsAreNeverMixed() {
        List<ReportFacts> reports = new ArrayList<>(towns(2022, "gdp", 1, 2, 3));
        reports.addAll(towns(2023, "gdp", 10, 20, 30));
        Analysis a = Analyzer.analyze(reports, CATALOG);
        Ranking y22 = a.ranking("gdp", 2022, "all", "value");
        Ranking y23 = a.ranking("gdp", 2023, "all", "value");
        assertEquals(3, y22.n());
        assertEquals(3, y23.n());
        assertTrue(y22.entries().stream().allMatch(e -> e.report().startsWith("r2022")));
        assertTrue(y23.entries().stream().allMatch(e -> e.report().startsWith("r2023")));
        assertEquals(2, y22.stats().mean(), 1e-12);
        assertEquals(20, y23.stats().mean(), 1e-12);
    }

    @Test
    void unknownYearIsNeverRankedAndFlagged() {
        List<ReportFacts> reports = new ArrayList<>(towns(2023, "gdp", 1, 2, 3));
        reports.add(report("noyear", "某镇", null, null, value("gdp", 99)));
        List<ReportFacts> checked = townstats.quality.DataQuality.check(reports);
        Analysis a = Analyzer.analyze(checked, CATALOG);
        assertEquals(3, a.ranking("gdp", 2023, "all", "value").n());
        assertTrue(a.rankings().stream().flatMap(r -> r.entries().stream()).noneMatch(e -> e.report().equals("noyear")));
        assertTrue(checked.get(3).has(townstats.model.QualityIssue.Kind.YEAR_UNKNOWN));
        Observation shown = Analyzer.figures(checked.get(3), CATALOG).get(0);
        assertTrue(shown.flags().contains("year_unknown") && !shown.rankable(), "its figure is shown flagged, unranked");
    }

    @Test
    void smallGroupIsShownSideBySideUnranked() {
        // five towns in 洛阳市: two in 栾川县 (410324), three in 嵩县 (410325)
        List<ReportFacts> reports = List.of(
                report("a", "潭头镇", 2023, place("潭头镇", "410324", "410324101"), value("gdp", 300)),
                report("b", "赤土店镇", 2023, place("赤土店镇", "410324", "410324102"), value("gdp", 100)),
                report("c", "车村镇", 2023, place("车村镇", "410325", "410325101"), value("gdp", 200)),
                report("d", "木植街乡", 2023, place("木植街乡", "410325", "410325102"), value("gdp", 150)),
                report("e", "黄庄乡", 2023, place("黄庄乡", "410325", "410325103"), value("gdp", 50)));
        Analysis a = Analyzer.analyze(reports, CATALOG);
        Ranking city = a.ranking("gdp", 2023, "city:4103", "value");
        assertTrue(city.ranked());
        assertEquals(List.of(1, 2, 3, 4, 5), city.entries().stream().map(RankEntry::rank).toList());
        assertNotNull(a.ranking("gdp", 2023, "province:41", "value"));

        Ranking county = a.ranking("gdp", 2023, "county:410324", "value");
        assertFalse(county.ranked());
        assertEquals(2, county.n());
        assertEquals(200, county.stats().mean(), 1e-12);
        assertTrue(county.entries().stream().allMatch(e -> e.rank() == null && e.percentile() == null && e.z() == null));
        assertEquals(List.of("潭头镇", "赤土店镇"), county.entries().stream().map(RankEntry::town).toList());

        Ranking three = a.ranking("gdp", 2023, "county:410325", "value");
        assertEquals(3, three.n());
        assertFalse(three.ranked());
        Ranking lone = Analyzer.analyze(reports.subList(0, 1), CATALOG).ranking("gdp", 2023, "county:410324", "value");
        assertEquals(1, lone.n());
        assertNull(lone.stats().sd());
    }

    @Test
    void growthIsRankedAsItsOwnMeasure() {
        List<ReportFacts> reports = List.of(
                report("a", "甲镇", 2023, null, growth("gdp", 5.5)),
                report("b", "乙镇", 2023, null, growth("gdp", 8)),
                report("c", "丙镇", 2023, null, growth("gdp", -1)));
        Analysis a = Analyzer.analyze(reports, CATALOG);
        Ranking g = a.ranking("gdp", 2023, "all", "growth");
        assertEquals(List.of("乙镇", "甲镇", "丙镇"), g.entries().stream().map(RankEntry::town).toList());
        assertNull(a.ranking("gdp", 2023, "all", "value"));
    }

    /** Growth rates are year-on-year for any months: one year's are ranked together, each keeping its months. */
    @Test
    void growthRatesOfOneYearAreRankedTogetherWithTheirMonths() {
        List<ReportFacts> reports = List.of(
                report("a", "甲镇", 2023, null, growth("gdp", 5.5)),
                report("b", "乙镇", 2023, null, fact("gdp", null, 8.0, new townstats.model.Period(1, 9), null, townstats.model.SectionKind.SUMMARY)),
                report("c", "丙镇", 2023, null, growth("gdp", -1)),
                report("d", "丁镇", 2023, null, fact("gdp", null, 3.0, new townstats.model.Period(1, 11), null, townstats.model.SectionKind.SUMMARY)),
                report("e", "戊镇", 2023, null, growth("gdp", 4)));
        Ranking g = Analyzer.analyze(reports, CATALOG).ranking("gdp", 2023, "all", "growth");
        assertTrue(g.ranked());
        assertEquals(List.of("乙镇", "甲镇", "戊镇", "丁镇", "丙镇"), g.entries().stream().map(RankEntry::town).toList());
        assertEquals(List.of("partial:1-9"), g.entries().get(0).flags(), "its months shown beside it");
        assertNull(Analyzer.analyze(reports, CATALOG).ranking("gdp", 2023, "all", "growth", new townstats.model.Period(1, 9)));
    }
}
