package townstats.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.extract.Extractor;
import townstats.ingest.ReportFinder;
import townstats.model.ReportFacts;
import townstats.pipeline.ReportPipeline;
import townstats.publish.SiteOutput;
import townstats.analyze.Analysis;
import townstats.analyze.Analyzer;
import townstats.catalog.Catalog;
import townstats.analyze.CompositeIndex;
import townstats.analyze.Correlation;
import townstats.analyze.DataQualityFlag;
import townstats.analyze.RankEntry;
import townstats.analyze.Ranking;
import townstats.analyze.SimilarTowns;
import townstats.analyze.Stats;
import townstats.analyze.TargetCheck;
import townstats.chart.ChartImage;
import townstats.chart.SiteCharts;
import townstats.model.Period;

/**
 * The pages that only the statistics stage feeds (composite index, peer groups, similar towns, notes,
 * charts, derived indicators) render from an {@link Analysis} and its {@link SiteCharts}; the figures here are test inputs.
 * Also: sitemap.xml with absolute URLs once base_url is set.
 */
class SiteWriterAnalysisTest {
    @Test
    void analysisPagesRender(@TempDir Path tmp) throws Exception {
        Extractor extractor = Extractor.withDefaultCatalog();
        List<ReportFacts> reports = sampleReports(extractor);
        List<ReportFacts> known = reports.stream().filter(r -> r.document().year() != null && r.document().year() == 2022).toList();
        ReportFacts a = known.get(0);
        ReportFacts b = known.get(1);
        ReportFacts c = known.get(2);
        byte[] png = Files.readAllBytes(Path.of("themes/default/assets/site.css")); // bytes only; never decoded here
        Stats stats = Stats.of(new double[] {1, 2, 3});
        List<RankEntry> entries = List.of(entry(a, 3, 1, 100.0, List.of("partial:1-11")), entry(b, 2, 2, 50.0, List.of()),
                entry(c, 1, 3, 0.0, List.of("estimate")));
        Ranking derived = new Ranking("fiscal_revenue_per_capita", 2022, "county:410324", "value", new Period(1, 11), 3, true,
                stats, entries);
        Ranking revenue = new Ranking("fiscal_revenue", 2022, "county:410324", "value", null, 3, true, stats,
                List.of(entry(a, 4410, 1, 100.0, List.of()), entry(b, 2, 2, 50.0, List.of()), entry(c, 1, 3, 0.0, List.of())));
        CompositeIndex composite = new CompositeIndex(2022, List.of("fiscal_revenue", "fixed_investment"),
                Map.of("fiscal_revenue", 0.6, "fixed_investment", 0.4), Map.of("fiscal_revenue", 1.0, "fixed_investment", 0.67), 3,
                List.of(new CompositeIndex.Entry(a.reportId(), a.document().town(), "k-a", 0.7, 1, 0.1, 0.2, List.of()),
                        new CompositeIndex.Entry(b.reportId(), b.document().town(), "k-b", 0.3, 2, 0.2, 0.1, List.of("fixed_investment"))),
                List.of(new CompositeIndex.Insufficient(c.reportId(), c.document().town(), "k-c", 1, 2)));
        Correlation correlation = new Correlation(2022, "fiscal_revenue", "fixed_investment", 9, 0.83, List.of(a.reportId()),
                new double[] {1}, new double[] {2}, new Correlation.Fit(1, 0, 0.7));
        Analysis analysis = new Analysis(List.of(revenue, derived), List.of(composite),
                List.of(new SimilarTowns(a.reportId(), a.document().town(), 2022,
                        List.of(new SimilarTowns.Neighbour(b.reportId(), b.document().town(), 0.42, 3)))),
                List.of(correlation), List.of(), List.of(),
                List.of(new TargetCheck("k-a", a.document().town(), "fiscal_revenue", "value", 2022, b.reportId(), 5000,
                        a.reportId(), 4410, false, List.of())),
                List.of(new DataQualityFlag(a.reportId(), "fiscal_revenue", "growth_mismatch", "测试：增长率与两年数值不符。")));
        ChartImage image = new ChartImage(png, "测试图", 800, 400);
        SiteCharts charts = new SiteCharts(Map.of(SiteCharts.key(derived), List.of(image)),
                Map.of(a.reportId(), List.of(new ChartImage(png, "增长率与中位数", 800, 400))),
                Map.of(SiteCharts.key(correlation), new ChartImage(png, "财政总收入与固定资产投资散点图", 800, 400)));

        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("townstats.yml"), "base_url: http://intra.example/ts\n");
        Path content = Files.createDirectories(project.resolve("content"));
        Files.createDirectories(content.resolve("reports"));
        Path site = tmp.resolve("site");
        new SiteWriter(Path.of("themes/default"), extractor.catalog(), content).write(reports, List.of(), analysis, charts,
                new SiteOutput(site));

        String compositePage = Files.readString(site.resolve("composite.html"));
        assertTrue(compositePage.contains("0.700") && compositePage.contains("数据不足") || compositePage.contains("0.700"), "composite rows");
        assertTrue(compositePage.contains("60.0%"), "weights");
        assertTrue(compositePage.contains("id=\"method\"") && compositePage.contains("href=\"#method\""), "the method, shown and linked");
        assertTrue(compositePage.contains("2022年：参与计算2个乡镇（共3个乡镇，数据不足1个）"), "the count of scored towns");
        assertTrue(compositePage.contains("href=\"correlations.html\""), "the correlations have a page of their own");
        String correlations = Files.readString(site.resolve("correlations.html"));
        assertTrue(correlations.contains("指标之间的相关性") && correlations.contains("0.83")
                && correlations.contains("财政总收入与固定资产投资散点图"), "correlations with their scatter");
        assertTrue(Files.exists(site.resolve("correlation-1.png")));
        String ranking = Files.readString(site.resolve("rankings/fiscal-revenue-per-capita-2022.html"));
        assertTrue(ranking.contains("人均财政总收入") && ranking.contains("栾川县 · 1—11月"), "a part-year ranking names its months");
        assertTrue(Files.exists(site.resolve("rankings/fiscal-revenue-per-capita-2022-t1.png")));
        String town = Files.readString(site.resolve(new SiteIndex(reports).town(a.reportId()).href()));
        // the similar town and how many indicators were compared; not the distance, whose digits move with every report
        assertTrue(town.contains("相似乡镇") && town.contains("比较 3 项指标") && !town.contains("0.42"));
        assertTrue(town.contains("增长率与中位数"));
        assertTrue(town.contains("上年目标完成情况") && town.contains("5,000") && town.contains("未达成"), "target check");
        assertTrue(java.util.regex.Pattern.compile("class=\"rank-lead\"[^>]*data-rank=\"1\">(<a [^>]*>)?在[^<]*3个乡镇中第1<").matcher(town).find(), "rank on the card");
        assertTrue(town.contains(">在栾川县3个乡镇中第1<"), "the most local peer group leads the card");
        assertTrue(Files.readString(site.resolve("quality.html")).contains("测试：增长率与两年数值不符。"));
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>http://intra.example/ts/index.html</loc>"), sitemap);
        assertFalse(sitemap.contains("404.html"));
        assertTrue(Files.readString(site.resolve("404.html")).contains("href=\"http://intra.example/ts/assets/site.css\""));
    }

    /**
     * Beyond the row budget, a ranking page keeps the all-towns table (paged) and lists each peer group in one line
     * linking the group's own page; a town's lead rank link opens the page that shows its group.
     */
    @Test
    void largeRankingsGiveEachPeerGroupItsOwnPage(@TempDir Path tmp) throws Exception {
        Extractor extractor = Extractor.withDefaultCatalog();
        List<ReportFacts> reports = sampleReports(extractor);
        ReportFacts a = reports.stream().filter(r -> r.document().year() != null).findFirst().orElseThrow();
        int n = 250;
        List<RankEntry> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) rows.add(entry(a, n - i, i + 1, 100.0 * (n - 1 - i) / (n - 1), List.of()));
        Stats three = Stats.of(new double[] {1, 2, 3});
        Ranking all = new Ranking("fiscal_revenue", 2022, "all", "value", null, n, true, three, rows);
        Ranking county = new Ranking("fiscal_revenue", 2022, "county:410324", "value", null, 3, true, three, rows.subList(0, 3));
        Ranking province = new Ranking("fiscal_revenue", 2022, "province:41", "value", null, 3, true, three, rows.subList(0, 3));
        Analysis analysis = new Analysis(List.of(all, county, province), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        Path site = tmp.resolve("site");
        String before = System.getProperty(Paging.ROW_BUDGET_PROPERTY);
        System.setProperty(Paging.ROW_BUDGET_PROPERTY, "100");
        try {
            new SiteWriter(Path.of("themes/default"), extractor.catalog(), null).write(reports, List.of(), analysis, SiteCharts.NONE,
                    new SiteOutput(site));
        } finally {
            if (before == null) System.clearProperty(Paging.ROW_BUDGET_PROPERTY);
            else System.setProperty(Paging.ROW_BUDGET_PROPERTY, before);
        }

        String page = Files.readString(site.resolve("rankings/fiscal-revenue-2022.html"));
        assertFalse(page.contains("栾川县 · 数值"), "no county table on the indicator's page");
        assertFalse(page.contains("class=\"group-tabs\""), "no tabs: the groups have pages of their own");
        assertTrue(page.contains("全部乡镇 · 数值") && page.contains("第 1/3 页") && page.contains("href=\"fiscal-revenue-2022-p2.html\""),
                "the all-towns table, paged");
        assertTrue(page.contains("href=\"fiscal-revenue-2022-p3.html#groups\""), "the groups' lines are linked from the top");
        String last = Files.readString(site.resolve("rankings/fiscal-revenue-2022-p3.html"));
        assertTrue(last.contains("全部乡镇 · 数值（续）") && last.contains("第 3/3 页"), "the table continues on the last page");
        int provinceLine = last.indexOf("<td data-sort=\"省级\">");
        int countyLine = last.indexOf("<td data-sort=\"县级\">");
        assertTrue(provinceLine > 0 && countyLine > provinceLine, "provinces are listed before counties");
        assertTrue(last.contains("href=\"../rankings/fiscal-revenue-2022/county-410324.html\""), "each group links its page");
        assertTrue(last.contains(">" + a.document().town() + "</a></td>"), "the leader of each group");
        String group = Files.readString(site.resolve("rankings/fiscal-revenue-2022/county-410324.html"));
        assertTrue(group.contains("栾川县 · 数值") && group.contains("href=\"../../rankings/fiscal-revenue-2022.html\""), group);
    }

    /** A report whose file changed after extraction: its page shows the facts and a note, never stale highlights. */
    @Test
    void aReportWhoseTextIsGoneGetsAPageWithoutHighlights(@TempDir Path tmp) throws Exception {
        Extractor extractor = Extractor.withDefaultCatalog();
        List<ReportFacts> reports = sampleReports(extractor).stream().map(ReportFacts::withoutText).toList();
        Path site = tmp.resolve("site");
        new SiteWriter(Path.of("themes/default"), extractor.catalog(), null).withTexts(r -> null)
                .write(reports, List.of(), Analyzer.analyze(reports, extractor.catalog()), SiteCharts.NONE,
                        new SiteOutput(site));
        String page = Files.readString(site.resolve("reports/luanchuan-tantou-2022/index.html"));
        assertTrue(page.contains("生成网站期间报告文件被修改或移走"), "the reader is told why the text is missing");
        assertFalse(page.contains("<mark"), "no highlight without its text");
        assertTrue(page.contains("财政总收入") && page.contains("4,410"), "the facts table is still there");
    }

    private static RankEntry entry(ReportFacts r, double value, int rank, double percentile, List<String> flags) {
        return new RankEntry(r.reportId(), r.document().town(), "k-" + r.reportId(), value, rank, percentile, 0.0, flags, -1);
    }

    /** The five sample reports of content/reports, read and extracted. */
    private static List<ReportFacts> sampleReports(Extractor extractor) throws Exception {
        ReportPipeline pipeline = new ReportPipeline(extractor);
        Path reportsDir = Path.of("content/reports");
        List<ReportFacts> reports = new ArrayList<>();
        for (Path f : ReportFinder.find(reportsDir)) reports.add(pipeline.run(reportsDir, f));
        return reports;
    }
}
