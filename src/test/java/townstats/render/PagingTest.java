package townstats.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import townstats.analyze.RankEntry;
import townstats.analyze.Ranking;
import townstats.analyze.Stats;

/** The one pagination of every long list: row ranges, addresses, pagers, and where a ranking row lands. */
class PagingTest {
    @Test
    void rowsFlowThroughPagesOfTheBudgetEachOnExactlyOnePage() {
        // two tables of 250 and 70 rows, then a list of 5 lines, 100 rows a page
        List<Paging.Page> pages = Paging.flow(List.of(250, 70, 5), 100);
        assertEquals(4, pages.size());
        assertEquals(List.of(new Paging.Slice(0, 0, 100)), pages.get(0).slices());
        assertEquals(List.of(new Paging.Slice(0, 200, 250), new Paging.Slice(1, 0, 50)), pages.get(2).slices());
        assertEquals(List.of(new Paging.Slice(1, 50, 70), new Paging.Slice(2, 0, 5)), pages.get(3).slices());
        int[] seen = new int[3];
        for (Paging.Page p : pages) {
            assertEquals(4, p.count());
            int onPage = 0;
            for (Paging.Slice s : p.slices()) {
                assertEquals(seen[s.section()], s.from(), "no row lost or repeated: " + s);
                seen[s.section()] = s.to();
                onPage += s.to() - s.from();
            }
            assertTrue(onPage <= 100);
        }
        assertEquals(List.of(250, 70, 5), List.of(seen[0], seen[1], seen[2]));
        assertNull(pages.get(0).of(1), "the second table starts on page 3");
    }

    @Test
    void aShortOrEmptyListIsOnePageAndAnEmptySectionStillHasItsPlace() {
        assertEquals(List.of(new Paging.Slice(0, 0, 14)), Paging.of(14, 1000).get(0).slices());
        List<Paging.Page> empty = Paging.of(0, 1000);
        assertEquals(1, empty.size());
        assertEquals(List.of(new Paging.Slice(0, 0, 0)), empty.get(0).slices());
        // a full page, then an empty list: the empty one is named on the last page, not on a page of its own
        List<Paging.Page> exact = Paging.flow(List.of(100, 0), 100);
        assertEquals(1, exact.size());
        assertEquals(new Paging.Slice(1, 0, 0), exact.get(0).of(1));
        assertThrows(IllegalArgumentException.class, () -> Paging.flow(List.of(1), 0));
    }

    @Test
    void pageOneKeepsTheAddressTheOthersArePredictableAndPagersLinkBesideThem() {
        assertEquals("rankings/gdp-2022.html", Paging.address("rankings/gdp-2022.html", 1));
        assertEquals("rankings/gdp-2022-p2.html", Paging.address("rankings/gdp-2022.html", 2));
        assertEquals("rankings/gdp-2022/county-410324-p12.html", Paging.address("rankings/gdp-2022/county-410324.html", 12));
        assertEquals("towns/index-p3.html", Paging.address("towns/index.html", 3));
        List<Paging.Page> pages = Paging.of(2500, 1000);
        Paging.Pager first = Paging.pager("towns/index.html", pages.get(0), 1000, 2500);
        assertNull(first.previous());
        assertNull(first.firstHref());
        assertEquals("index-p2.html", first.next());
        assertEquals("index-p3.html", first.lastHref());
        assertEquals(List.of(1, 1000, 2500), List.of(first.from(), first.to(), first.total()));
        Paging.Pager middle = Paging.pager("towns/index.html", pages.get(1), 1000, 2500);
        assertEquals("index.html", middle.previous());
        assertEquals("index-p3.html", middle.next());
        Paging.Pager last = Paging.pager("towns/index.html", pages.get(2), 1000, 2500);
        assertEquals(List.of(2001, 2500), List.of(last.from(), last.to()));
        assertNull(last.next());
        assertEquals(2, middle.number());
        assertTrue(middle.paged());
        assertTrue(!Paging.pager("towns/index.html", Paging.of(3, 1000).get(0), 1000, 3).paged(), "one page: no pager");
    }

    @Test
    void theBudgetIsTheDefaultUnlessTheSystemPropertySetsOne() {
        String before = System.getProperty(Paging.ROW_BUDGET_PROPERTY);
        try {
            System.clearProperty(Paging.ROW_BUDGET_PROPERTY);
            assertEquals(Paging.DEFAULT_ROW_BUDGET, Paging.rowBudget());
            System.setProperty(Paging.ROW_BUDGET_PROPERTY, "25");
            assertEquals(25, Paging.rowBudget());
            System.setProperty(Paging.ROW_BUDGET_PROPERTY, "0");
            assertEquals(Paging.DEFAULT_ROW_BUDGET, Paging.rowBudget(), "not a budget");
        } finally {
            if (before == null) System.clearProperty(Paging.ROW_BUDGET_PROPERTY);
            else System.setProperty(Paging.ROW_BUDGET_PROPERTY, before);
        }
    }

    @Test
    void aRankingRowLandsOnThePageThatShowsItAndRanksContinueAcrossPages() {
        Ranking all = ranking("all", 250, 2);
        Ranking growth = ranking("all", 60, 0);
        Ranking growthTable = new Ranking(growth.indicator(), growth.year(), "all", "growth", null, growth.n(), true,
                growth.stats(), growth.entries());
        Ranking county = ranking("county:410324", 14, 0);
        RankingLayout layout = new RankingLayout(List.of(county, growthTable, all), 100);
        assertTrue(layout.split("gdp", 2022));
        assertEquals(List.of(all, growthTable, county), layout.tables("gdp", 2022), "all-towns value, growth, then the groups");
        assertEquals("rankings/gdp-2022.html", layout.href(all, 0));
        assertEquals("rankings/gdp-2022.html", layout.href(all, 99));
        assertEquals("rankings/gdp-2022-p2.html", layout.href(all, 100));
        assertEquals("rankings/gdp-2022-p3.html", layout.href(all, 249));
        // the growth table starts where the value table ends: row 0 is row 250 of the flow
        assertEquals("rankings/gdp-2022-p3.html", layout.href(growthTable, 0));
        assertEquals("rankings/gdp-2022-p4.html", layout.href(growthTable, 50));
        assertEquals("rankings/gdp-2022/county-410324.html", layout.href(county, 13));
        assertEquals("rankings/gdp-2022/county-410324.html", layout.groupPage("gdp", 2022, "county:410324"));
        assertNull(layout.groupPage("gdp", 2022, "county:410325"), "a group without figures that year");
        assertNull(layout.groupPage("gdp", 2021, "county:410324"));
        // found by its rank (ties share one: the town is sought among them), an unranked row by looking through
        RankEntry tied = all.entries().get(121);
        assertEquals(121, RankingLayout.indexOf(all, tied));
        assertEquals("rankings/gdp-2022-p2.html", layout.href(all, tied));
        RankEntry unranked = all.entries().get(249);
        assertNull(unranked.rank());
        assertEquals(249, RankingLayout.indexOf(all, unranked));
        // the ranks the pages show are the table's own: page 2 starts at rank 101, not 1
        List<Paging.Page> pages = Paging.flow(RankingLayout.sizes(layout.tables("gdp", 2022).subList(0, 2)), 100);
        Paging.Slice second = pages.get(1).of(0);
        assertEquals(Integer.valueOf(101), all.entries().get(second.from()).rank());

        RankingLayout small = new RankingLayout(List.of(ranking("all", 14, 0), ranking("county:410324", 10, 0)), 100);
        assertTrue(!small.split("gdp", 2022), "a county's towns among 14: one page, groups as tabs");
        Ranking smallCounty = small.tables("gdp", 2022).get(1);
        assertEquals("rankings/gdp-2022.html#group=county:410324", small.href(smallCounty, 3));
        assertEquals("rankings/gdp-2022.html", small.href(small.tables("gdp", 2022).get(0), 3));
        assertEquals("rankings/gdp-2022.html#group=county:410324", small.groupPage("gdp", 2022, "county:410324"));

        // a county holding every town of the site: its table is the all-towns table, drawn once and named for both
        Ranking whole = ranking("all", 14, 0);
        Ranking sameCounty = ranking("county:410324", 14, 0);
        RankingLayout one = new RankingLayout(List.of(sameCounty, whole), 100);
        assertEquals(List.of(whole), one.tables("gdp", 2022));
        assertEquals(List.of("county:410324"), one.sameTowns(whole));
        assertEquals("rankings/gdp-2022.html", one.href(sameCounty, 3), "its link leads to the table that lists its towns");

        // 35 rows, but in 31 tables whose headings weigh as much as rows: too heavy for one page
        List<Ranking> many = new ArrayList<>(List.of(ranking("all", 5, 0)));
        for (int c = 0; c < 30; c++) many.add(ranking("county:4103" + (10 + c), 1, 0));
        assertTrue(new RankingLayout(many, 100).split("gdp", 2022));
        assertTrue(!new RankingLayout(many.subList(0, 10), 100).split("gdp", 2022), "14 rows in 10 tables fit");
    }

    /** A value table of {@code n} towns, ranks 1..n with a tie at 121/122, the last {@code unranked} rows flagged. */
    private static Ranking ranking(String group, int n, int unranked) {
        List<RankEntry> rows = new ArrayList<>();
        int ranked = n - unranked;
        for (int i = 0; i < ranked; i++) {
            int rank = i == 121 ? 121 : i + 1;
            rows.add(new RankEntry("r" + i, "镇" + i, "k" + i, ranked - (i == 121 ? 120 : i), rank, 50.0, 0.0, List.of(), -1));
        }
        for (int i = ranked; i < n; i++) rows.add(new RankEntry("r" + i, "镇" + i, "k" + i, 1, null, null, null, List.of("implausible"), -1));
        return new Ranking("gdp", 2022, group, "value", null, ranked, true, Stats.of(new double[] {1, 2, 3}), rows);
    }
}
