package townstats.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import townstats.analyze.Analysis;
import townstats.analyze.CompositeIndex;
import townstats.analyze.Correlation;
import townstats.analyze.Derived;
import townstats.analyze.TimeSeries;
import townstats.analyze.DataQualityFlag;
import townstats.analyze.RankEntry;
import townstats.analyze.Ranking;
import townstats.analyze.SimilarTowns;
import townstats.analyze.TargetCheck;
import townstats.chart.ChartImage;
import townstats.chart.Charts;
import townstats.model.Place;
import townstats.model.ReportFacts;

/**
 * The statistics stage's {@link Analysis} in the site's terms ({@link SiteAnalysis}). Kept out of the
 * render package's compile path until townstats.analyze is merged: move this file to
 * src/main/java/townstats/render/ and wire it in Build:
 *
 * <pre>
 *   Analysis analysis = Analyzer.analyze(reports, analyzeCatalog);
 *   SiteAnalysis view = AnalysisAdapter.adapt(analysis, analyzeCatalog, reports, new Charts(analyzeCatalog));
 *   new SiteWriter(options.theme(), extractor.catalog(), options.content()).write(reports, skipped, view, out);
 * </pre>
 * {@code charts} may be null (no PNGs).
 */
public final class AnalysisAdapter {
    private AnalysisAdapter() {
    }

    private static SiteAnalysis.RankingTable table(Ranking r, String groupName, Charts charts) {
        List<SiteAnalysis.RankingRow> rows = new ArrayList<>();
        for (RankEntry e : r.entries()) {
            rows.add(new SiteAnalysis.RankingRow(e.report(), e.town(), e.value(), e.rank(), SiteAnalysis.orNaN(e.percentile()),
                    SiteAnalysis.orNaN(e.z()), e.flags()));
        }
        SiteAnalysis.Summary stats = r.stats() == null ? null : new SiteAnalysis.Summary(r.stats().n(), r.stats().mean(),
                r.stats().median(), r.stats().min(), r.stats().max(), r.stats().sd());
        // Charts for the whole-corpus table of catalogue indicators only (a county's table is a subset of it, a
        // derived 人均/地均 table is its parts divided); the distribution for values, not growth rates.
        List<SiteAnalysis.SiteChart> figures = new ArrayList<>();
        if (charts != null && r.ranked() && r.group().equals("all") && !Derived.isDerived(r.indicator())) {
            figures.add(chart(charts.rankedBars(r, null)));
            if (r.measure().equals("value")) figures.add(chart(charts.distribution(r)));
            figures.removeIf(java.util.Objects::isNull);
        }
        return new SiteAnalysis.RankingTable(r.indicator(), r.year(), r.group(), groupName, r.measure(), r.ranked(), stats, rows,
                figures);
    }

    /** Up to this many reports, every town page gets a growth chart (PNG). */
    static final int TOWN_CHART_LIMIT = 300;
    /** Line charts across years on one town profile, in catalogue order (the table across years lists all). */
    static final int TIME_SERIES_PER_TOWN = 4;

    public static SiteAnalysis adapt(Analysis a, townstats.analyze.Catalog catalog, List<ReportFacts> reports, Charts charts) {
        Map<String, String> groupNames = groupNames(reports);
        // Charts cost ~50 ms each: draw them on every core (the ordered stream keeps the tables' order).
        List<SiteAnalysis.RankingTable> tables = a.rankings().parallelStream()
                .map(r -> table(r, groupNames.get(r.group()), charts)).toList();
        List<SiteAnalysis.CompositeTable> composite = new ArrayList<>();
        for (CompositeIndex c : a.compositeIndex()) {
            Map<String, Double> weights = new LinkedHashMap<>();
            for (String id : c.indicators()) weights.put(id, c.weights().get(id));
            List<SiteAnalysis.CompositeRow> rows = new ArrayList<>();
            for (CompositeIndex.Entry e : c.entries()) {
                rows.add(new SiteAnalysis.CompositeRow(e.report(), e.town(), e.closeness(), e.rank(), e.imputed()));
            }
            List<SiteAnalysis.CompositeExcluded> excluded = new ArrayList<>();
            for (CompositeIndex.Insufficient x : c.insufficient()) {
                excluded.add(new SiteAnalysis.CompositeExcluded(x.report(), x.town(), x.available(), x.required()));
            }
            composite.add(new SiteAnalysis.CompositeTable(c.year(), weights, c.coverage(), rows, excluded));
        }
        Map<String, List<SiteAnalysis.SimilarTown>> similar = new HashMap<>();
        for (SimilarTowns s : a.similarTowns()) {
            similar.put(s.report(), s.neighbours().stream()
                    .map(n -> new SiteAnalysis.SimilarTown(n.report(), n.town(), n.distance(), n.shared())).toList());
        }
        List<SiteAnalysis.QualityNote> notes = new ArrayList<>();
        for (DataQualityFlag f : a.dataQualityFlags()) {
            notes.add(new SiteAnalysis.QualityNote(f.report(), f.indicator(), f.kind(), f.message()));
        }
        Map<String, List<SiteAnalysis.SiteChart>> townCharts = new HashMap<>();
        // A chart per town costs ~50 ms: a county or city office gets one on every town page; at provincial
        // scale the town page shows its standing as HTML/CSS percentile bars only.
        if (charts != null && reports.size() <= TOWN_CHART_LIMIT) {
            for (ReportFacts r : reports) {
                Integer year = r.document().year();
                if (year == null) continue;
                SiteAnalysis.SiteChart c = chart(charts.growthVsMedian(a, r.reportId(), year, "all"));
                if (c != null) townCharts.computeIfAbsent(r.reportId(), k -> new ArrayList<>()).add(c);
            }
            // A town with reports of several years: its main indicators over time, on the latest year's profile.
            Map<String, Integer> perTown = new HashMap<>();
            for (TimeSeries series : a.timeSeries()) {
                if (!series.measure().equals("value") || series.points().size() < 2 || Derived.isDerived(series.indicator())
                        || !catalog.info(series.indicator()).flow()) continue; // the economy over time, not its area
                if (perTown.merge(series.townKey(), 1, Integer::sum) > TIME_SERIES_PER_TOWN) continue;
                String latest = series.points().get(series.points().size() - 1).report();
                SiteAnalysis.SiteChart c = chart(charts.timeSeries(series, a));
                if (c != null) townCharts.computeIfAbsent(latest, k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, SiteAnalysis.Label> labels = new HashMap<>();
        for (Ranking r : a.rankings()) {
            labels.computeIfAbsent(r.indicator(), id -> new SiteAnalysis.Label(catalog.name(id), catalog.unit(id)));
        }
        return new SiteAnalysis(tables, composite, similar, notes, townCharts,
                "排名由统计模块计算：每份报告每项指标取一个可比数值；1—9月及以上的流量数据按 12/m 折算全年并加注标记，"
                        + "更短时期的数据只列出、不排名；目标值不参与排名。", labels, targets(a), correlations(a, charts));
    }

    /** Every correlation, strongest first; a scatter for those with a fitted line (|rho| ≥ 0.5, at most ten a year). */
    private static List<SiteAnalysis.CorrelationView> correlations(Analysis a, Charts charts) {
        return a.correlations().parallelStream()
                .sorted(java.util.Comparator.comparingDouble((Correlation c) -> -Math.abs(c.rho())))
                .map(c -> new SiteAnalysis.CorrelationView(c.year(), c.x(), c.y(), c.n(), c.rho(),
                        charts != null && c.fit() != null ? chart(charts.scatter(c)) : null))
                .toList();
    }

    private static List<SiteAnalysis.TargetResult> targets(Analysis a) {
        List<SiteAnalysis.TargetResult> out = new ArrayList<>();
        for (TargetCheck t : a.targetChecks()) {
            out.add(new SiteAnalysis.TargetResult(t.achievedReport(), t.targetReport(), t.indicator(), t.measure(), t.year(),
                    t.target(), t.achieved(), t.met(), t.flags()));
        }
        return out;
    }

    private static SiteAnalysis.SiteChart chart(ChartImage img) {
        return img == null ? null : new SiteAnalysis.SiteChart(img.png(), img.altText(), img.width(), img.height());
    }

    /** province:41 → 河南省, city:4103 → 洛阳市, county:410324 → 栾川县, from the resolved places. */
    static Map<String, String> groupNames(List<ReportFacts> reports) {
        Map<String, String> names = new HashMap<>();
        names.put("all", "全部乡镇");
        for (ReportFacts r : reports) {
            Place p = r.place();
            if (p == null || !p.resolved()) continue;
            if (p.provinceCode() != null && p.province() != null) names.put("province:" + p.provinceCode(), p.province());
            if (p.cityCode() != null && p.city() != null) names.put("city:" + p.cityCode(), p.city());
            if (p.countyCode() != null && p.county() != null) names.put("county:" + p.countyCode(), p.county());
        }
        return names;
    }
}
