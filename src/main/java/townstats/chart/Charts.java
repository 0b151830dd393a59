package townstats.chart;

import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import townstats.analyze.Analysis;
import townstats.catalog.Catalog;
import townstats.analyze.Correlation;
import townstats.analyze.Observation;
import townstats.analyze.RankEntry;
import townstats.analyze.Ranking;
import townstats.analyze.TimeSeries;
import townstats.util.Hashes;

import com.pngencoder.PngEncoder;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The site's charts, drawn with XChart and encoded as PNG: text drawn as outlines makes an SVG bar chart
 * ~10× bigger than the PNG. Every chart is {@link #WIDTH} px wide (CSS pixels; the bitmap is drawn at
 * {@code scale} for sharp text on high-density screens), has a title, axis titles with units, and an alt text.
 * The width is a phone's: on a 390 px screen a chart shrinks by less than a fifth, so its smallest text
 * ({@link #MIN_FONT_PX}) still reads at 11 px; titles too long for it drop their less needed parts (the page's
 * caption says year, months, count and source in full).
 */
public final class Charts {
    public static final int WIDTH = 440;
    /** The smallest text drawn in a chart (axis titles, value labels), in chart pixels. */
    public static final float MIN_FONT_PX = 14f;
    /** Part of every stored chart's key: change it when a change to the drawing code changes how charts look. */
    private static final String LOOK = "phone-440-one-form-2";
    /** A ranking longer than this is cut to its top {@link #TOP}, plus the highlighted town. */
    public static final int MAX_BARS = 40;
    public static final int TOP = 20;

    private final Catalog catalog;
    private final double scale;
    private ChartStore store = ChartStore.NONE;

    /** Charts at scale 1: an 800 px bar chart of 14 towns is ~43 KB (~74 KB at 1.5, ~100 KB at 2). */
    public Charts(Catalog catalog) {
        this(catalog, 1.0);
    }

    /** @param scale bitmap pixels per CSS pixel (1 = smallest files, 2 = crisp on retina screens) */
    public Charts(Catalog catalog, double scale) {
        this.catalog = catalog;
        this.scale = scale;
    }

    /**
     * Ranked horizontal bars of one ranking, highest on top: every town when there are at most 40, else the
     * top 20 plus the highlighted town with its rank. The highlighted town (may be null) is red, the median a
     * green line. Figures flagged (estimate, annualised, period unknown ...) get a * after the name; figures
     * flagged unranked are left out. XChart has no horizontal bar type, so each bar is a thick line of an
     * XY chart, and the town names are the y-axis tick labels.
     */
    public ChartImage rankedBars(Ranking ranking, String highlightReport) {
        return cached(() -> drawRankedBars(ranking, highlightReport), "rankedBars", drawn(ranking), highlightReport);
    }

    private ChartImage drawRankedBars(Ranking ranking, String highlightReport) {
        List<RankEntry> shown = ranking.entries().stream().filter(e -> e.rank() != null).toList();
        boolean cut = shown.size() > MAX_BARS;
        List<RankEntry> bars = new ArrayList<>(cut ? shown.subList(0, TOP) : shown);
        if (cut) {
            shown.stream().filter(e -> e.report().equals(highlightReport) && !bars.contains(e)).findFirst().ifPresent(bars::add);
        }
        int n = bars.size();
        int height = Math.max(260, 120 + 26 * n);
        XYChart chart = new XYChartBuilder().width(WIDTH).height(height).build();
        ChartStyle.apply(chart.getStyler());
        String[] names = new String[n];
        double min = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            RankEntry e = bars.get(i);
            String name = town(e) + (e.flags().isEmpty() ? "" : "*");
            if (cut && i == TOP) name = "第" + e.rank() + "名 " + name;
            names[i] = name;
            min = Math.min(min, e.value());
            max = Math.max(max, e.value());
        }
        double plot = plotWidth(names);
        String what = measureName(ranking.indicator(), ranking.measure());
        String unit = measureUnit(ranking.indicator(), ranking.measure());
        Labels.Scale sc = Labels.Scale.of(Math.max(Math.abs(min), Math.abs(max)), unit);
        min *= sc.factor();
        max *= sc.factor();
        String kind = what + (ranking.ranked() ? "排名" : "对比");
        String group = Labels.group(ranking.group());
        String period = ranking.period() == null ? "" : "，" + ranking.period().label();
        String topN = cut ? "，前" + TOP + "名" : "";
        String brief = (period + topN).isEmpty() ? kind : kind + "（" + (period + topN).substring(1) + "）";
        chart.setTitle(ChartStyle.fitTitle(plot, ranking.year() + "年" + kind + "（" + group + period + topN + "）",
                kind + "（" + group + period + topN + "）", brief, kind));
        boolean anyFlag = bars.stream().anyMatch(e -> !e.flags().isEmpty());
        String axis = Labels.axis(what, sc.unit());
        String median = ranking.n() >= 2 ? "　虚线：中位数" : "";
        chart.setXAxisTitle(ChartStyle.fitAxisTitle(plot, axis + median + (anyFlag ? "　*：估计、约数或非全年" : ""),
                axis + median + (anyFlag ? "　*：估计等" : ""), axis + median, axis));
        chart.getStyler().setYAxisTitleVisible(false); // the names say they are towns; the room goes to the bars

        String[] labels = bars.stream().map(e -> Labels.amount(e.value(), unit)).toArray(String[]::new);
        double[] range = barRange(min, max, plot, widestValueLabel(labels));
        double xLo = range[0];
        double xHi = range[1];
        var s = chart.getStyler();
        s.setLegendVisible(false);
        barAxes(chart, names, xLo, xHi, Labels.pattern(Math.max(Math.abs(min), Math.abs(max))));
        s.setAnnotationLineColor(ChartStyle.MEDIAN);
        s.setAnnotationLineStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
        // a bar is ~60 % of the row height; plot height is the chart height minus title and x axis (~110 px)
        float thick = (float) Math.max(4, 0.6 * (height - 110) / (n + 0.2));
        double pxPerUnit = plot / (xHi - xLo);
        for (int i = 0; i < n; i++) {
            RankEntry e = bars.get(i);
            double y = n - i;
            double v = e.value() * sc.factor();
            bar(chart, "bar" + i, v, y, thick, e.report().equals(highlightReport) ? ChartStyle.HIGHLIGHT : ChartStyle.BAR, false);
            chart.addAnnotation(valueLabel(labels[i], v, y, pxPerUnit));
        }
        if (ranking.n() >= 2) {
            chart.addAnnotation(new AnnotationLine(ranking.stats().median() * sc.factor(), true, false));
        }

        StringBuilder alt = new StringBuilder();
        alt.append(ranking.year()).append("年").append(Labels.group(ranking.group())).append(what)
                .append(ranking.ranked() ? "排名" : "对比").append("横向条形图，共").append(ranking.n()).append("个乡镇");
        if (cut) alt.append("，图中显示前").append(TOP).append("名");
        if (n > 0) {
            RankEntry top = bars.get(0);
            alt.append("；最高为").append(town(top)).append("，").append(Labels.amount(top.value(), unit));
        }
        alt.append("；中位数为").append(Labels.amount(ranking.stats().median(), unit));
        bars.stream().filter(e -> e.report().equals(highlightReport)).findFirst().ifPresent(e ->
                alt.append("；").append(town(e)).append(e.rank() == null ? "" : "排第" + e.rank() + "名")
                        .append("，").append(Labels.amount(e.value(), unit)));
        alt.append("。");
        return render(chart, alt.toString());
    }

    /** A box plot of one ranking's figures (median, quartiles, whiskers), unranked figures left out. */
    public ChartImage distribution(Ranking ranking) {
        return cached(() -> drawDistribution(ranking), "distribution", drawn(ranking));
    }

    private ChartImage drawDistribution(Ranking ranking) {
        String what = measureName(ranking.indicator(), ranking.measure());
        String unit = measureUnit(ranking.indicator(), ranking.measure());
        Labels.Scale sc = Labels.Scale.of(Math.max(Math.abs(ranking.stats().max()), Math.abs(ranking.stats().min())), unit);
        double[] values = ranking.entries().stream().filter(e -> e.rank() != null)
                .mapToDouble(e -> e.value() * sc.factor()).toArray();
        BoxChart chart = new BoxChartBuilder().width(WIDTH).height(360).build();
        ChartStyle.apply(chart.getStyler());
        String months = ranking.period() == null ? "" : "，" + ranking.period().label();
        chart.setTitle(ChartStyle.fitTitle(ChartStyle.plotWidthForNumbers(ranking.stats().max() * sc.factor()), ranking.year() + "年" + what + "分布（" + Labels.group(ranking.group()) + months + "，" + ranking.n() + "个乡镇）",
                what + "分布（" + ranking.n() + "个乡镇" + months + "）", what + "分布"));
        chart.setXAxisTitle(Labels.group(ranking.group()));
        chart.setYAxisTitle(Labels.axis(what, sc.unit()));
        chart.getStyler().setLegendVisible(false);
        // whiskers and box as in our statistics: quartiles of type 7 (position (n − 1)p + 1)
        chart.getStyler().setBoxplotCalCulationMethod(org.knowm.xchart.style.BoxStyler.BoxplotCalCulationMethod.N_LESS_1_PLUS_1);
        chart.getStyler().setYAxisDecimalPattern(Labels.pattern(Math.abs(ranking.stats().max() * sc.factor())));
        chart.addSeries(ranking.year() + "年", values);
        String alt = ranking.year() + "年" + Labels.group(ranking.group()) + what + "分布箱线图，共" + ranking.n()
                + "个乡镇：中位数" + Labels.amount(ranking.stats().median(), unit)
                + "，四分位数" + Labels.amount(ranking.stats().q1(), unit) + "至" + Labels.amount(ranking.stats().q3(), unit)
                + "，最低" + Labels.amount(ranking.stats().min(), unit) + "，最高" + Labels.amount(ranking.stats().max(), unit) + "。";
        return render(chart, alt);
    }

    /**
     * One town's growth rates next to the median growth rate of the other towns of its peer group that year (the town
     * itself left out, so a small group's median is not pulled towards it; growth rates are year-on-year whatever
     * their months, which are named beside a part-year one), one pair of bars per catalogue indicator the town has a
     * ranked growth rate for. Returns null when there is none.
     */
    public ChartImage growthVsMedian(Analysis analysis, String report, int year, String group) {
        List<String> names = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        List<Double> own = new ArrayList<>();
        List<Double> medians = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        String town = report;
        for (String id : catalog.indicators().keySet()) {
            for (Ranking r : analysis.rankings()) {
                if (r.year() != year || !r.indicator().equals(id) || !r.group().equals(group) || !r.measure().equals(Observation.GROWTH)) continue;
                RankEntry e = r.entry(report);
                if (e == null || e.rank() == null) continue;
                double[] others = r.entries().stream().filter(x -> x.rank() != null && !x.report().equals(report))
                        .mapToDouble(RankEntry::value).toArray();
                if (others.length < 2) continue;
                town = e.town();
                names.add(catalog.name(id));
                periods.add(r.period() != null ? r.period().label() : Labels.months(e.flags()));
                own.add(e.value());
                counts.add(others.length);
                medians.add(new org.apache.commons.math3.stat.descriptive.rank.Percentile()
                        .withEstimationType(org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType.R_7).evaluate(others, 50));
            }
        }
        if (names.isEmpty()) return null;
        String name = town;
        return cached(() -> drawGrowthVsMedian(name, year, group, names, periods, own, medians, counts), "growthVsMedian3", town,
                String.valueOf(year), group, names.toString(), periods.toString(), own.toString(), medians.toString(), counts.toString());
    }

    /**
     * Two horizontal bars per indicator, the town's (red) over its peers' median (grey), names on the y axis where
     * they read on a phone. A growth for part of the year gets a * after its name, its months in the axis title.
     */
    private ChartImage drawGrowthVsMedian(String town, int year, String group, List<String> names, List<String> periods,
                                          List<Double> own, List<Double> medians, List<Integer> counts) {
        int n = names.size();
        int height = Math.max(240, 130 + 44 * n);
        XYChart chart = new XYChartBuilder().width(WIDTH).height(height).build();
        ChartStyle.apply(chart.getStyler());
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) labels[i] = names.get(i) + (periods.get(i) == null ? "" : "*");
        double plot = plotWidth(labels);
        chart.setTitle(ChartStyle.fitTitle(plot, town + year + "年增速与" + others(group) + "中位数", town + year + "年增速与其他乡镇中位数",
                "增速与其他乡镇中位数"));
        List<String> marked = periods.stream().filter(java.util.Objects::nonNull).distinct().toList();
        String axis = "同比增长（%）";
        chart.setXAxisTitle(marked.isEmpty() ? axis : ChartStyle.fitAxisTitle(plot, axis + "　*：" + String.join("、", marked) + "数据", axis + "　*：非全年数据", axis));
        double min = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, Math.min(own.get(i), medians.get(i)));
            max = Math.max(max, Math.max(own.get(i), medians.get(i)));
        }
        double[] range = barRange(min, max, plot, widestValueLabel(java.util.stream.Stream.concat(own.stream(), medians.stream())
                .map(Labels::number).toArray(String[]::new)));
        double xLo = range[0];
        double xHi = range[1];
        var s = chart.getStyler();
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        barAxes(chart, labels, xLo, xHi, "#,##0.#");
        // each row ~44 px: two bars of ~14 px with a gap, their values at their ends
        float thick = (float) Math.max(4, 0.32 * (height - 150) / (n + 0.2));
        double pxPerUnit = plot / (xHi - xLo);
        for (int i = 0; i < n; i++) {
            double y = n - i;
            bar(chart, i == 0 ? town : "t" + i, own.get(i), y + 0.18, thick, ChartStyle.HIGHLIGHT, i == 0);
            bar(chart, i == 0 ? "其他乡镇中位数" : "m" + i, medians.get(i), y - 0.18, thick, ChartStyle.GREY, i == 0);
            chart.addAnnotation(valueLabel(Labels.number(own.get(i)), own.get(i), y + 0.18, pxPerUnit));
            chart.addAnnotation(valueLabel(Labels.number(medians.get(i)), medians.get(i), y - 0.18, pxPerUnit));
        }
        StringBuilder alt = new StringBuilder(town + year + "年各指标增速与" + others(group) + "中位数的对比条形图：");
        for (int i = 0; i < n; i++) {
            if (i > 0) alt.append("；");
            alt.append(names.get(i)).append(periods.get(i) == null ? "" : "（" + periods.get(i) + "）").append(Labels.growth(own.get(i)))
                    .append("，其他").append(counts.get(i)).append("个乡镇中位数").append(Labels.growth(medians.get(i)));
        }
        return render(chart, alt.append("。").toString());
    }

    /**
     * The axes of horizontal bars: row k (from the top) at y = n − k, named on the y axis, no other y ticks (XChart
     * drops tick labels that repeat, so the blanks differ), x from {@code xLo} to {@code xHi}.
     */
    private static void barAxes(XYChart chart, String[] names, double xLo, double xHi, String xPattern) {
        int n = names.length;
        var s = chart.getStyler();
        s.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setYAxisMin(0.4);
        s.setYAxisMax(n + 0.6);
        s.setXAxisMin(xLo);
        s.setXAxisMax(xHi);
        s.setPlotGridHorizontalLinesVisible(false);
        s.setAxisTicksMarksVisible(false);
        s.setYAxisTickMarkSpacingHint(12);
        s.setXAxisDecimalPattern(xPattern);
        Labels.Blanks blanks = new Labels.Blanks();
        chart.setCustomYAxisTickLabelsFormatter(y -> {
            long k = Math.round(y);
            if (Math.abs(y - k) < 1e-6 && k >= 1 && k <= n) return names[(int) (n - k)];
            return blanks.of(y);
        });
    }

    /** A horizontal bar from 0 to {@code value} at row {@code y}: a thick line of an XY chart (XChart has no horizontal bars). */
    private static void bar(XYChart chart, String name, double value, double y, float thick, Color color, boolean inLegend) {
        XYSeries bar = chart.addSeries(name, new double[]{0, value}, new double[]{y, y});
        bar.setMarker(SeriesMarkers.NONE);
        bar.setLineColor(color);
        bar.setLineStyle(new BasicStroke(thick, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        bar.setShowInLegend(inLegend);
    }

    /** A bar's value {@code label} just past its end at {@code value} (AnnotationText is centred on its point: shifted by half its width). */
    private static AnnotationText valueLabel(String label, double value, double y, double pxPerUnit) {
        double half = (ChartStyle.width(label, ChartStyle.SMALL, java.awt.Font.PLAIN) / 2 + 4) / pxPerUnit;
        return new AnnotationText(label, value + (value < 0 ? -half : half), y, false);
    }

    /** 其他乡镇 for all towns, 栾川县其他乡镇 for a peer group: the town itself is left out of the median. */
    private static String others(String group) {
        return group.equals("all") ? "其他乡镇" : Labels.group(group) + "中的其他乡镇";
    }

    /**
     * The x range of horizontal bars from 0 to values in [min, max] (min ≤ 0 ≤ max) on a plot {@code plotPx} wide:
     * room of a value label beyond the bars' ends on each side that has bars, so no label is cut.
     */
    private static double[] barRange(double min, double max, double plotPx, double labelPx) {
        double pad = labelPx + 12;
        double left = min < 0 ? pad : 0;
        double right = max > 0 ? pad : 0;
        if (max - min <= 0) return new double[]{min, min + 1}; // all figures 0
        double pxPerUnit = Math.max(20, plotPx - left - right) / (max - min);
        return new double[]{min - left / pxPerUnit, max + right / pxPerUnit};
    }

    private static double widestValueLabel(String[] labels) {
        return java.util.Arrays.stream(labels).mapToDouble(l -> ChartStyle.width(l, ChartStyle.SMALL, java.awt.Font.PLAIN)).max().orElse(0);
    }

    /** The plot's width in px beside y-axis tick labels {@code names}. */
    private static double plotWidth(String[] names) {
        double widest = 0;
        for (String name : names) widest = Math.max(widest, ChartStyle.width(name, ChartStyle.TEXT, java.awt.Font.PLAIN));
        return ChartStyle.plotWidth(widest);
    }

    /**
     * One town's figures over the years: the figures of the whole year as a line, a figure of part of the year (1—9月)
     * as a point of its own, marked and not joined to the line (nine months are not a year: the line would show a fall
     * that never happened), its months in the legend, title and alt text. Beside them, with {@code analysis}, the median
     * of all towns of the same year and months where that table ranks (a grey line for the whole years, grey points for
     * part-year months). Null without two figures of the whole year (no line to draw).
     */
    public ChartImage timeSeries(TimeSeries series, Analysis analysis) {
        List<TimeSeries.Point> year = series.points().stream().filter(p -> Labels.months(p.flags()) == null).toList();
        if (year.size() < 2) return null;
        // the medians: of the same year and months, where that ranking ranks enough towns
        List<Double> medians = new ArrayList<>();
        for (TimeSeries.Point p : series.points()) {
            Ranking r = null;
            if (analysis != null) {
                String m = Labels.months(p.flags());
                townstats.model.Period period = m == null ? null : period(p.flags());
                r = analysis.ranking(series.indicator(), p.year(), "all", series.measure(), period);
            }
            medians.add(r != null && r.ranked() ? r.stats().median() : null);
        }
        return cached(() -> drawTimeSeries(series, medians), "timeSeries", series.toString(), medians.toString());
    }

    /** The months of a figure's flag partial:a-b as a period, or null. */
    private static townstats.model.Period period(List<String> flags) {
        for (String f : flags) {
            if (!f.startsWith(townstats.analyze.Flags.PARTIAL)) continue;
            String[] m = f.substring(townstats.analyze.Flags.PARTIAL.length()).split("-");
            return new townstats.model.Period(Integer.parseInt(m[0]), Integer.parseInt(m[1]));
        }
        return null;
    }

    private ChartImage drawTimeSeries(TimeSeries series, List<Double> medians) {
        String what = measureName(series.indicator(), series.measure());
        String unit = measureUnit(series.indicator(), series.measure());
        List<TimeSeries.Point> points = series.points();
        double maxAbs = 0;
        for (int i = 0; i < points.size(); i++) {
            maxAbs = Math.max(maxAbs, Math.abs(points.get(i).value()));
            if (medians.get(i) != null) maxAbs = Math.max(maxAbs, Math.abs(medians.get(i)));
        }
        Labels.Scale sc = Labels.Scale.of(maxAbs, unit);
        XYChart chart = new XYChartBuilder().width(WIDTH).height(340).build();
        ChartStyle.apply(chart.getStyler());
        List<String> partMonths = points.stream().map(p -> Labels.months(p.flags())).filter(java.util.Objects::nonNull).distinct().toList();
        String note = partMonths.isEmpty() ? "" : "（全年数连线）";
        chart.setTitle(ChartStyle.fitTitle(ChartStyle.plotWidthForNumbers(maxAbs * sc.factor()), series.town() + what + "历年变化" + note,
                what + "历年变化" + note, what + "历年变化"));
        chart.setXAxisTitle("年份");
        chart.setYAxisTitle(Labels.axis(what, sc.unit()));
        var s = chart.getStyler();
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setXAxisMin(points.get(0).year() - 0.3);
        s.setXAxisMax(points.get(points.size() - 1).year() + 0.3);
        s.setXAxisTickMarkSpacingHint(60);
        s.setYAxisDecimalPattern(Labels.pattern(maxAbs * sc.factor()));
        Labels.Blanks blanks = new Labels.Blanks();
        chart.setCustomXAxisTickLabelsFormatter(x -> Math.abs(x - Math.rint(x)) < 1e-6 ? (long) Math.rint(x) + "年" : blanks.of(x));
        // the whole years: one line; each part of the year: its own marked points
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Double> mx = new ArrayList<>();
        List<Double> my = new ArrayList<>();
        java.util.Map<String, double[][]> parts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            TimeSeries.Point p = points.get(i);
            String m = Labels.months(p.flags());
            if (m == null) {
                xs.add((double) p.year());
                ys.add(p.value() * sc.factor());
                if (medians.get(i) != null) {
                    mx.add((double) p.year());
                    my.add(medians.get(i) * sc.factor());
                }
            }
        }
        // short legend names (the title names the town; a chart is a phone's width): 全年, 1—9月（非全年）, 中位数
        XYSeries line = chart.addSeries("全年", xs, ys);
        line.setMarker(SeriesMarkers.CIRCLE);
        line.setLineColor(ChartStyle.HIGHLIGHT);
        line.setMarkerColor(ChartStyle.HIGHLIGHT);
        line.setLineStyle(new BasicStroke(2.5f));
        for (String m : partMonths) {
            List<Double> px = new ArrayList<>();
            List<Double> py = new ArrayList<>();
            for (TimeSeries.Point p : points) {
                if (!m.equals(Labels.months(p.flags()))) continue;
                px.add((double) p.year());
                py.add(p.value() * sc.factor());
            }
            // two kinds of months: their names alone fit the legend (the title says 全年数连线)
            XYSeries part = chart.addSeries(partMonths.size() > 1 ? m : m + "（非全年）", px, py);
            part.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            part.setMarker(SeriesMarkers.TRIANGLE_UP);
            part.setMarkerColor(ChartStyle.SERIES[1]);
        }
        if (!mx.isEmpty()) {
            XYSeries med = chart.addSeries("中位数", mx, my);
            med.setMarker(SeriesMarkers.DIAMOND);
            med.setLineColor(ChartStyle.GREY);
            med.setMarkerColor(ChartStyle.GREY);
        }
        List<Double> qx = new ArrayList<>();
        List<Double> qy = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (Labels.months(points.get(i).flags()) != null && medians.get(i) != null) {
                qx.add((double) points.get(i).year());
                qy.add(medians.get(i) * sc.factor());
            }
        }
        if (!qx.isEmpty()) {
            // the same months' median: a grey diamond like the year's, not joined to them; one legend entry for both
            // (four entries do not fit a phone's width), the caption says which months each compares
            XYSeries med = chart.addSeries(mx.isEmpty() ? "中位数" : "同期中位数", qx, qy);
            med.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            med.setMarker(SeriesMarkers.DIAMOND);
            med.setMarkerColor(ChartStyle.GREY);
            med.setShowInLegend(mx.isEmpty());
        }
        // value labels just above the points (~8 % of the span; the plot is ~200 px high), with room above the
        // highest one so that it stays clear of the title
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points.size(); i++) {
            lo = Math.min(lo, points.get(i).value() * sc.factor());
            hi = Math.max(hi, points.get(i).value() * sc.factor());
            if (medians.get(i) != null) {
                lo = Math.min(lo, medians.get(i) * sc.factor());
                hi = Math.max(hi, medians.get(i) * sc.factor());
            }
        }
        double span = Math.max(hi - lo, Math.abs(hi) * 0.1);
        double lift = span * 0.08;
        s.setYAxisMax(hi + span * 0.2);
        for (TimeSeries.Point p : points) {
            chart.addAnnotation(new AnnotationText(Labels.amount(p.value(), unit), p.year(), p.value() * sc.factor() + lift, false));
        }
        StringBuilder alt = new StringBuilder(series.town() + what + "历年变化折线图" + note
                + (mx.isEmpty() && qx.isEmpty() ? "" : "，灰色为全部乡镇同年同期的中位数") + "：");
        for (int i = 0; i < points.size(); i++) {
            TimeSeries.Point p = points.get(i);
            String m = Labels.months(p.flags());
            if (i > 0) alt.append("，");
            alt.append(p.year()).append("年").append(m == null ? "" : m).append(Labels.amount(p.value(), unit));
            if (m != null) alt.append("（非全年，单独标出，不与全年数比较）");
        }
        return render(chart, alt.append("。").toString());
    }

    /** The towns of one year as points of two indicators, with the least-squares line when fitted. */
    public ChartImage scatter(Correlation c) {
        return cached(() -> drawScatter(c), "scatter", String.valueOf(c.year()), c.x(), c.y(), String.valueOf(c.n()),
                String.valueOf(c.rho()), java.util.Arrays.toString(c.xs()), java.util.Arrays.toString(c.ys()), String.valueOf(c.fit()));
    }

    private ChartImage drawScatter(Correlation c) {
        String xName = catalog.name(c.x());
        String yName = catalog.name(c.y());
        XYChart chart = new XYChartBuilder().width(WIDTH).height(440).build();
        ChartStyle.apply(chart.getStyler());
        String rho = "ρ = " + String.format("%.2f", c.rho());
        chart.setTitle(ChartStyle.fitTitle(ChartStyle.plotWidthForNumbers(max(c.ys())), c.year() + "年" + xName + "与" + yName + "（" + c.n() + "个乡镇，" + rho + "）",
                xName + "与" + yName + "（" + rho + "）", xName + "与" + yName));
        chart.setXAxisTitle(Labels.axis(xName, catalog.unit(c.x())));
        chart.setYAxisTitle(Labels.axis(yName, catalog.unit(c.y())));
        var s = chart.getStyler();
        s.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setLegendPosition(Styler.LegendPosition.InsideNW);
        s.setMarkerSize(9);
        s.setXAxisDecimalPattern(Labels.pattern(max(c.xs())));
        s.setYAxisDecimalPattern(Labels.pattern(max(c.ys())));
        XYSeries points = chart.addSeries("乡镇", c.xs(), c.ys());
        points.setMarker(SeriesMarkers.CIRCLE);
        points.setMarkerColor(ChartStyle.BAR);
        String alt = c.year() + "年各乡镇" + xName + "与" + yName + "散点图，" + c.n() + "个乡镇，斯皮尔曼相关系数"
                + String.format("%.2f", c.rho());
        if (c.fit() != null) {
            double lo = java.util.Arrays.stream(c.xs()).min().orElse(0);
            double hi = java.util.Arrays.stream(c.xs()).max().orElse(0);
            XYSeries fit = chart.addSeries(String.format("回归线 y = %s + %s·x（r² = %.2f）", Labels.significant(c.fit().intercept()),
                            Labels.significant(c.fit().slope()), c.fit().rSquared()),
                    new double[]{lo, hi}, new double[]{c.fit().intercept() + c.fit().slope() * lo, c.fit().intercept() + c.fit().slope() * hi});
            fit.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            fit.setMarker(SeriesMarkers.NONE);
            fit.setLineColor(ChartStyle.HIGHLIGHT);
            fit.setLineStyle(new BasicStroke(2f));
            alt += String.format("，回归线斜率%s，r²为%.2f", Labels.significant(c.fit().slope()), c.fit().rSquared());
        }
        return render(chart, alt + "。");
    }

    /** What a ranking's chart shows (not where its figures stand in their reports): the key of its drawing. */
    private static String drawn(Ranking r) {
        StringBuilder sb = new StringBuilder(r.indicator() + "|" + r.year() + "|" + r.group() + "|" + r.measure() + "|" + r.period()
                + "|" + r.n() + "|" + r.ranked() + "|" + r.stats());
        for (RankEntry e : r.entries()) {
            sb.append('|').append(e.report()).append(',').append(e.town()).append(',').append(e.value()).append(',')
                    .append(e.rank()).append(',').append(e.flags());
        }
        return sb.toString();
    }

    private static String town(RankEntry e) {
        return Objects.requireNonNullElse(e.town(), e.report());
    }

    private static double max(double[] a) {
        return java.util.Arrays.stream(a).map(Math::abs).max().orElse(1);
    }

    private String measureName(String indicator, String measure) {
        return catalog.name(indicator) + (measure.equals(Observation.GROWTH) ? "增速" : "");
    }

    private String measureUnit(String indicator, String measure) {
        return measure.equals(Observation.GROWTH) ? "%" : catalog.unit(indicator);
    }

    /** Keeps drawn charts in {@code store} (a cache folder), so a rebuild draws only the charts whose data changed. */
    public Charts withStore(ChartStore store) {
        this.store = store;
        return this;
    }

    /** The chart from the store when one with the same kind and data (and scale) was drawn before, else drawn and stored. */
    private ChartImage cached(java.util.function.Supplier<ChartImage> draw, String kind, String... data) {
        String[] parts = new String[data.length + 2];
        parts[0] = kind;
        parts[1] = LOOK + "@" + scale;
        System.arraycopy(data, 0, parts, 2, data.length);
        String key = Hashes.of(parts);
        ChartImage image = store.find(key);
        if (image != null) return image;
        image = draw.get();
        if (image != null) store.keep(key, image);
        return image;
    }

    private ChartImage render(Chart<?, ?> chart, String alt) {
        int w = chart.getWidth();
        int h = chart.getHeight();
        BufferedImage img = new BufferedImage((int) Math.round(w * scale), (int) Math.round(h * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            chart.paint(g, w, h);
        } finally {
            g.dispose();
        }
        // pngencoder at level 1 encodes a chart in a quarter of ImageIO's time (~4 ms, files ~14 % larger);
        // one thread per chart, as the charts stage already draws a chart per core.
        byte[] png = new PngEncoder().withBufferedImage(img).withCompressionLevel(1).withMultiThreadedCompressionEnabled(false).toBytes();
        return new ChartImage(png, alt, w, h);
    }
}
