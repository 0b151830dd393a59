package townstats.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.extract.Extractor;
import townstats.ingest.ReportFinder;
import townstats.ingest.ReportReader;
import townstats.model.ReportFacts;
import townstats.pipeline.Build;
import townstats.publish.SiteOutput;
import townstats.render.SiteAnalysis.CompositeRow;
import townstats.render.SiteAnalysis.CompositeTable;
import townstats.render.SiteAnalysis.RankingRow;
import townstats.render.SiteAnalysis.RankingTable;

/**
 * The pages that only the statistics stage feeds (composite index, peer groups, similar towns, notes,
 * charts, derived indicators) render from a {@link SiteAnalysis}; the figures here are test inputs.
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
        RankingTable derived = new RankingTable("fiscal_revenue_per_capita", 2022, "county:410324", "栾川县", SiteAnalysis.VALUE, true,
                new SiteAnalysis.Summary(3, 2, 2, 1, 3, 1.0), List.of(new RankingRow(a.reportId(), a.document().town(), 3, 1, 100.0, 1.0, List.of("annualised", "partial:1-11")),
                new RankingRow(b.reportId(), b.document().town(), 2, 2, 50.0, 0.0, List.of()),
                new RankingRow(c.reportId(), c.document().town(), 1, 3, 0.0, -1.0, List.of("estimate"))),
                List.of(new SiteAnalysis.SiteChart(png, "测试图", 800, 400)));
        CompositeTable composite = new CompositeTable(2022, Map.of("fiscal_revenue", 0.6, "fixed_investment", 0.4),
                Map.of("fiscal_revenue", 1.0, "fixed_investment", 0.67),
                List.of(new CompositeRow(a.reportId(), a.document().town(), 0.7, 1, List.of()),
                        new CompositeRow(b.reportId(), b.document().town(), 0.3, 2, List.of("fixed_investment"))),
                List.of(new SiteAnalysis.CompositeExcluded(c.reportId(), c.document().town(), 1, 2)));
        SiteAnalysis analysis = new SiteAnalysis(List.of(derived), List.of(composite),
                Map.of(a.reportId(), List.of(new SiteAnalysis.SimilarTown(b.reportId(), b.document().town(), 0.42, 3))),
                List.of(new SiteAnalysis.QualityNote(a.reportId(), "fiscal_revenue", "growth_mismatch", "测试：增长率与两年数值不符。")),
                Map.of(a.reportId(), List.of(new SiteAnalysis.SiteChart(png, "增长率与中位数", 800, 400))), "测试统计说明",
                Map.of("fiscal_revenue_per_capita", new SiteAnalysis.Label("人均财政总收入", "元/人")),
                List.of(new SiteAnalysis.TargetResult(a.reportId(), b.reportId(), "fiscal_revenue", SiteAnalysis.VALUE, 2022,
                        5000, 4410, false, List.of())),
                List.of(new SiteAnalysis.CorrelationView(2022, "fiscal_revenue", "fixed_investment", 9, 0.83,
                        new SiteAnalysis.SiteChart(png, "财政总收入与固定资产投资散点图", 800, 400))));

        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("townstats.yml"), "base_url: http://intra.example/ts\n");
        Path content = Files.createDirectories(project.resolve("content"));
        Files.createDirectories(content.resolve("reports"));
        Path site = tmp.resolve("site");
        new SiteWriter(Path.of("themes/default"), extractor.catalog(), content).write(reports, List.of(), analysis, new SiteOutput(site));

        String compositePage = Files.readString(site.resolve("composite.html"));
        assertTrue(compositePage.contains("0.700") && compositePage.contains("数据不足") || compositePage.contains("0.700"), "composite rows");
        assertTrue(compositePage.contains("60.0%"), "weights");
        assertTrue(compositePage.contains("指标之间的相关性") && compositePage.contains("0.83")
                && compositePage.contains("财政总收入与固定资产投资散点图"), "correlations with their scatter");
        assertTrue(Files.exists(site.resolve("correlation-1.png")));
        String ranking = Files.readString(site.resolve("rankings/fiscal-revenue-per-capita-2022.html"));
        assertTrue(ranking.contains("人均财政总收入") && ranking.contains("栾川县") && ranking.contains("已折算全年") && ranking.contains("1—11月"));
        assertTrue(ranking.contains("测试统计说明"));
        assertTrue(Files.exists(site.resolve("rankings/fiscal-revenue-per-capita-2022-t1.png")));
        String town = Files.readString(site.resolve(new SiteIndex(reports).town(a.reportId()).href()));
        assertTrue(town.contains("相似乡镇") && town.contains("0.42"));
        assertTrue(town.contains("增长率与中位数"));
        assertTrue(town.contains("上年目标完成情况") && town.contains("5,000") && town.contains("未达成"), "target check");
        assertTrue(town.contains("数值第 1 名/3"), "rank on the card");
        assertTrue(town.contains("栾川县 数值第 1 名/3"), "peer group named on the card");
        assertTrue(Files.readString(site.resolve("quality.html")).contains("测试：增长率与两年数值不符。"));
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>http://intra.example/ts/index.html</loc>"), sitemap);
        assertFalse(sitemap.contains("404.html"));
        assertTrue(Files.readString(site.resolve("404.html")).contains("href=\"http://intra.example/ts/assets/site.css\""));
    }

    /** Beyond a city's size, a ranking page lists each peer group in one summary line instead of a full table. */
    @Test
    void largeRankingsSummarisePeerGroups(@TempDir Path tmp) throws Exception {
        Extractor extractor = Extractor.withDefaultCatalog();
        List<ReportFacts> reports = sampleReports(extractor);
        ReportFacts a = reports.stream().filter(r -> r.document().year() != null).findFirst().orElseThrow();
        int n = RankingPages.FULL_GROUP_TABLES_UP_TO + 1;
        List<RankingRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) rows.add(new RankingRow(a.reportId(), a.document().town(), n - i, i + 1, 100.0 * (n - 1 - i) / (n - 1), 0.0, List.of()));
        SiteAnalysis.Summary stats = new SiteAnalysis.Summary(n, 200, 201, 1, n, 10.0);
        RankingTable all = new RankingTable("fiscal_revenue", 2022, SiteAnalysis.ALL, null, SiteAnalysis.VALUE, true, stats, rows, List.of());
        RankingTable county = new RankingTable("fiscal_revenue", 2022, "county:410324", "栾川县", SiteAnalysis.VALUE, true,
                new SiteAnalysis.Summary(3, 2, 2, 1, 3, 1.0), rows.subList(0, 3), List.of());
        RankingTable province = new RankingTable("fiscal_revenue", 2022, "province:41", "河南省", SiteAnalysis.VALUE, true,
                new SiteAnalysis.Summary(3, 2, 2, 1, 3, 1.0), rows.subList(0, 3), List.of());
        SiteAnalysis analysis = new SiteAnalysis(List.of(all, county, province), List.of(), Map.of(), List.of(), Map.of(), "说明",
                Map.of(), List.of(), List.of());
        Path site = tmp.resolve("site");
        new SiteWriter(Path.of("themes/default"), extractor.catalog(), null).write(reports, List.of(), analysis, new SiteOutput(site));

        String page = Files.readString(site.resolve("rankings/fiscal-revenue-2022.html"));
        assertTrue(page.contains("各地区概况") && page.contains("href=\"#groups\""), "a summary of the groups, linked from the top");
        assertFalse(page.contains("栾川县 · 数值"), "no full table for a county");
        int provinceLine = page.indexOf("<td data-sort=\"省级\">");
        int countyLine = page.indexOf("<td data-sort=\"县级\">");
        assertTrue(provinceLine > 0 && countyLine > provinceLine, "provinces are listed before counties");
        assertTrue(page.contains(">" + a.document().town() + "</a></td>"), "the leader of each group");
        assertTrue(page.contains("全部乡镇 · 数值"), "the all-towns table stays in full");
    }

    /** A report whose file changed after extraction: its page shows the facts and a note, never stale highlights. */
    @Test
    void aReportWhoseTextIsGoneGetsAPageWithoutHighlights(@TempDir Path tmp) throws Exception {
        Extractor extractor = Extractor.withDefaultCatalog();
        List<ReportFacts> reports = sampleReports(extractor).stream().map(ReportFacts::withoutText).toList();
        Path site = tmp.resolve("site");
        new SiteWriter(Path.of("themes/default"), extractor.catalog(), null).withTexts(r -> null)
                .write(reports, List.of(), new SiteOutput(site));
        String page = Files.readString(site.resolve("reports/luanchuan-tantou-2022/index.html"));
        assertTrue(page.contains("生成网站期间报告文件被修改或移走"), "the reader is told why the text is missing");
        assertFalse(page.contains("<mark"), "no highlight without its text");
        assertTrue(page.contains("财政总收入") && page.contains("4,410"), "the facts table is still there");
    }

    /** The five sample reports of content/reports, read and extracted. */
    private static List<ReportFacts> sampleReports(Extractor extractor) throws Exception {
        Build build = new Build(null, extractor, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Path reportsDir = Path.of("content/reports");
        List<ReportFacts> reports = new ArrayList<>();
        for (Path f : ReportFinder.find(reportsDir)) reports.add(build.analyse(ReportReader.read(reportsDir, f)));
        return reports;
    }
}
