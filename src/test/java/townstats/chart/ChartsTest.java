package townstats.chart;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import townstats.analyze.Analysis;
import townstats.analyze.Analyzer;
import townstats.catalog.Catalog;
import townstats.analyze.Correlation;
import townstats.analyze.Ranking;
import townstats.analyze.TimeSeries;
import townstats.model.ReportFacts;

import javax.imageio.ImageIO;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static townstats.analyze.Fixtures.*;

class ChartsTest {
    private static final Catalog CATALOG = Catalog.loadDefault();
    /** Samples land in target/ so that a person can look at them after a test run. */
    private static final Path SAMPLES = Path.of("target", "chart-samples");
    private static final String[] TOWNS = {"潭头镇", "赤土店镇", "车村镇", "白土镇", "陶湾镇", "秋扒乡", "狮子庙镇", "石庙镇",
            "冷水镇", "三川镇", "叫河镇", "合峪镇", "庙子镇", "城关镇"};

    private static Analysis analysis;

    @BeforeAll
    static void build() {
        System.setProperty("java.awt.headless", "true");
        List<ReportFacts> reports = new ArrayList<>();
        for (int i = 0; i < TOWNS.length; i++) {
            double gdp = 80000 + 23000 * ((i * 5) % TOWNS.length) + 1700 * i;
            reports.add(report("r23-" + i, TOWNS[i], 2023, place(TOWNS[i], "410324", "41032410" + i),
                    value("gdp", gdp), growth("gdp", 3 + (i * 3) % 7), value("fiscal_revenue", gdp / 20 + 300 * (i % 4)),
                    growth("fiscal_revenue", 1 + (i * 5) % 9), value("population", 20000 + 1500 * i)));
            reports.add(report("r22-" + i, TOWNS[i], 2022, place(TOWNS[i], "410324", "41032410" + i),
                    value("gdp", gdp / 1.06), value("fiscal_revenue", gdp / 21)));
        }
        analysis = Analyzer.analyze(reports, CATALOG);
    }

    @Test
    void shippedFontDisplaysChinese() {
        Font f = ChartFonts.font(Font.PLAIN, 13f);
        assertEquals(-1, f.canDisplayUpTo("潭头镇"));
        assertEquals(-1, f.canDisplayUpTo("地区生产总值（万元）：同比增长％"));
        assertEquals(ChartFonts.FAMILY, f.getFamily(java.util.Locale.ROOT));
    }

    /** Every text element of every chart type uses the shipped font, never a system default. */
    @Test
    void everyStylerTextUsesTheShippedFont() {
        List<org.knowm.xchart.style.Styler> stylers = List.of(new org.knowm.xchart.XYChart(100, 100).getStyler(),
                new org.knowm.xchart.CategoryChart(100, 100).getStyler(),
                new org.knowm.xchart.BoxChartBuilder().build().getStyler());
        for (var s : stylers) {
            ChartStyle.apply(s);
            List<Font> fonts = new ArrayList<>(List.of(s.getBaseFont(), s.getChartTitleFont(), s.getLegendFont(),
                    s.getAnnotationTextFont(), s.getAnnotationTextPanelFont(), s.getToolTipFont()));
            if (s instanceof org.knowm.xchart.style.AxesChartStyler a) {
                fonts.add(a.getAxisTitleFont());
                fonts.add(a.getAxisTickLabelsFont());
            }
            for (Font f : fonts) {
                assertEquals(ChartFonts.FAMILY, f.getFamily(java.util.Locale.ROOT), s.getClass().getSimpleName());
                assertEquals(-1, f.canDisplayUpTo("潭头镇"));
            }
        }
    }

    /**
     * Prints the warm render time of a 14-bar chart at scale 1 and 2 (no assertion on speed). It renders ~50
     * charts, so it runs only on request: mvn -o test -Dtest=ChartsTest -Dtownstats.bench=true
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "townstats.bench", matches = "true")
    void measureSizesAndTimings() {
        Ranking gdp = analysis.ranking("gdp", 2023, "all", "value");
        for (double scale : new double[]{1, 2}) {
            Charts charts = new Charts(CATALOG, scale);
            for (int i = 0; i < 15; i++) charts.rankedBars(gdp, "r23-0"); // let the JIT warm up
            long t0 = System.nanoTime();
            ChartImage c = null;
            for (int i = 0; i < 10; i++) c = charts.rankedBars(gdp, "r23-0");
            System.out.printf("ranked bars 14 towns, scale %.1f: %d bytes, %.1f ms each%n", scale, c.bytes(),
                    (System.nanoTime() - t0) / 1e7);
        }
    }

    private static BufferedImage decode(ChartImage c) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(c.png()));
        assertNotNull(img);
        return img;
    }

    @Test
    void rankedBarsArePngWithChineseAltText() throws Exception {
        Ranking gdp = analysis.ranking("gdp", 2023, "all", "value");
        Charts charts = new Charts(CATALOG);
        long t0 = System.nanoTime();
        ChartImage c = charts.rankedBars(gdp, "r23-0");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        BufferedImage img = decode(c);
        assertEquals(Charts.WIDTH, c.width());
        assertEquals(Charts.WIDTH, img.getWidth());
        assertEquals(Math.round(Charts.WIDTH * 1.5), decode(new Charts(CATALOG, 1.5).rankedBars(gdp, null)).getWidth());
        assertTrue(c.altText().startsWith("2023年全部乡镇地区生产总值排名横向条形图，共14个乡镇"), c.altText());
        assertTrue(c.altText().contains("潭头镇排第"), c.altText());
        c.write(SAMPLES.resolve("ranked-gdp.png"));
        System.out.printf("ranked bars: %d bytes, first render %d ms%n", c.bytes(), ms);
    }

    @Test
    void longRankingsAreCutToTopTwentyPlusTheHighlightedTown() throws Exception {
        List<ReportFacts> reports = new ArrayList<>();
        for (int i = 0; i < 60; i++) reports.add(report("t" + i, "第" + i + "镇", 2023, null, value("gdp", 1000 + 10 * i)));
        Ranking r = Analyzer.analyze(reports, CATALOG).ranking("gdp", 2023, "all", "value");
        ChartImage c = new Charts(CATALOG).rankedBars(r, "t0");
        assertTrue(c.altText().contains("图中显示前20名"));
        assertTrue(c.altText().contains("第0镇排第60名"), c.altText());
        assertEquals(120 + 26 * 21, c.height());
        c.write(SAMPLES.resolve("ranked-cut.png"));
    }

    @Test
    void negativeAndAllZeroFiguresRender() throws Exception {
        Charts charts = new Charts(CATALOG);
        Ranking growth = Analyzer.analyze(List.of(
                report("a", "甲镇", 2023, null, growth("gdp", -3.5)),
                report("b", "乙镇", 2023, null, growth("gdp", 6)),
                report("c", "丙镇", 2023, null, growth("gdp", 0)),
                report("d", "丁镇", 2023, null, growth("gdp", 1)),
                report("e", "戊镇", 2023, null, growth("gdp", 2))), CATALOG).ranking("gdp", 2023, "all", "growth");
        ChartImage c = charts.rankedBars(growth, "a");
        assertTrue(c.altText().contains("地区生产总值增速排名"), c.altText());
        assertTrue(c.altText().contains("甲镇排第5名，-3.5%"), c.altText());
        decode(c);
        c.write(SAMPLES.resolve("ranked-growth.png"));
        decode(charts.rankedBars(Analyzer.analyze(towns(2023, "gdp", 0, 0, 0, 0, 0), CATALOG).ranking("gdp", 2023, "all", "value"), null));
        decode(charts.rankedBars(Analyzer.analyze(towns(2023, "gdp", 5), CATALOG).ranking("gdp", 2023, "all", "value"), null));
    }

    @Test
    void otherChartsRender() throws Exception {
        Charts charts = new Charts(CATALOG);
        ChartImage box = charts.distribution(analysis.ranking("gdp", 2023, "all", "value"));
        assertTrue(box.altText().contains("中位数"));
        box.write(SAMPLES.resolve("distribution-gdp.png"));

        ChartImage growth = charts.growthVsMedian(analysis, "r23-0", 2023, "county:410324");
        assertTrue(growth.altText().startsWith("潭头镇2023年各指标增速与同县乡镇（410324）中的其他乡镇中位数的对比条形图"), growth.altText());
        assertTrue(growth.altText().contains("其他13个乡镇中位数同比增长"), "the town itself is not in its peers' median: " + growth.altText());
        assertTrue(charts.growthVsMedian(analysis, "r23-0", 2023, "all").altText().startsWith("潭头镇2023年各指标增速与其他乡镇中位数"),
                "all towns: 其他乡镇, never 全部乡镇其他乡镇");
        growth.write(SAMPLES.resolve("growth-vs-median.png"));
        assertNull(charts.growthVsMedian(analysis, "nobody", 2023, "all"));

        TimeSeries ts = analysis.timeSeries().stream()
                .filter(t -> t.town().equals("潭头镇") && t.indicator().equals("gdp") && t.measure().equals("value"))
                .findFirst().orElseThrow();
        ChartImage line = charts.timeSeries(ts, analysis);
        assertTrue(line.altText().startsWith("潭头镇地区生产总值历年变化折线图，灰色为全部乡镇同年同期的中位数：2022年"), line.altText());
        assertTrue(line.altText().contains("亿元"), "money from 1亿 on in 亿元: " + line.altText());
        line.write(SAMPLES.resolve("time-series.png"));

        Correlation c = analysis.correlations().stream().filter(x -> x.fit() != null && x.year() == 2023).findFirst().orElseThrow();
        ChartImage scatter = charts.scatter(c);
        assertTrue(scatter.altText().contains("回归线斜率"));
        scatter.write(SAMPLES.resolve("scatter.png"));
        for (ChartImage img : List.of(box, growth, line, scatter)) {
            decode(img);
            assertTrue(img.bytes() < 150_000, img.altText() + " " + img.bytes());
        }
    }

    /**
     * A series is one period: the year's figures are the line, a part-year one (2023年1—9月) a marked point of its own
     * whose months the alt text (the page's caption) names; a series without two figures of the whole year has no chart.
     */
    @Test
    void aPartYearFigureIsMarkedNotJoinedToTheLine() throws Exception {
        List<ReportFacts> reports = new ArrayList<>();
        for (int y = 2021; y <= 2023; y++) {
            townstats.model.Period period = y == 2023 ? new townstats.model.Period(1, 9) : townstats.model.Period.FULL_YEAR;
            reports.add(report("q" + y, "曲阳街道", y, place("曲阳街道", "340603", "340603100"),
                    fact("fiscal_revenue", 24000.0 + 3000 * (y - 2021) - (y == 2023 ? 7000 : 0), null, period, null,
                            townstats.model.SectionKind.SUMMARY)));
        }
        Analysis a = Analyzer.analyze(reports, CATALOG);
        TimeSeries ts = a.timeSeries().stream().filter(t -> t.indicator().equals("fiscal_revenue") && t.measure().equals("value"))
                .findFirst().orElseThrow();
        ChartImage c = new Charts(CATALOG).timeSeries(ts, a);
        assertTrue(c.altText().contains("（全年数连线）"), c.altText());
        assertTrue(c.altText().contains("2021年2.40亿元，2022年2.70亿元，2023年1—9月2.30亿元（非全年，单独标出，不与全年数比较）"), c.altText());
        decode(c);
        c.write(SAMPLES.resolve("time-series-part-year.png"));

        TimeSeries oneYear = new TimeSeries(ts.townKey(), ts.town(), ts.indicator(), ts.measure(), ts.points().subList(1, 3));
        assertNull(new Charts(CATALOG).timeSeries(oneYear, a), "one figure of the whole year draws no line");
    }
}
