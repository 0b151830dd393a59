package townstats.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import townstats.analyze.Analysis;
import townstats.catalog.Catalog;
import townstats.analyze.Correlation;
import townstats.analyze.Derived;
import townstats.analyze.Ranking;
import townstats.analyze.TimeSeries;
import townstats.model.ReportFacts;

/**
 * The charts stage: every chart the site shows, drawn from the analysis (see {@link #draw}). Immutable; the
 * pages look their charts up by ranking, report and correlation.
 *
 * @param rankings     ranking key ({@link #key}) → ranked bars and distribution
 * @param towns        report id → charts for its town profile
 * @param correlations correlation key → scatter with its fitted line
 */
public record SiteCharts(Map<String, List<ChartImage>> rankings, Map<String, List<ChartImage>> towns,
                         Map<String, ChartImage> correlations) {
    /** No charts: pages without images. */
    public static final SiteCharts NONE = new SiteCharts(Map.of(), Map.of(), Map.of());
    /** Up to this many reports, every town page gets a growth chart (PNG). */
    public static final int TOWN_CHART_LIMIT = 300;
    /** Line charts across years on one town profile, in catalogue order (the table across years lists all). */
    static final int TIME_SERIES_PER_TOWN = 4;

    public SiteCharts {
        rankings = Map.copyOf(rankings);
        towns = Map.copyOf(towns);
        correlations = Map.copyOf(correlations);
    }

    public List<ChartImage> of(Ranking r) {
        return rankings.getOrDefault(key(r), List.of());
    }

    public List<ChartImage> ofTown(String report) {
        return towns.getOrDefault(report, List.of());
    }

    /** The scatter of a correlation, or null. */
    public ChartImage of(Correlation c) {
        return correlations.get(key(c));
    }

    /** How a ranking's charts are filed. */
    public static String key(Ranking r) {
        return r.indicator() + "|" + r.year() + "|" + r.group() + "|" + r.measure() + "|" + r.period();
    }

    /** How a correlation's scatter is filed. */
    public static String key(Correlation c) {
        return c.year() + "|" + c.x() + "|" + c.y();
    }

    /**
     * Draws the site's charts: for the all-towns rankings of catalogue indicators (a county's table is a subset of
     * it, a derived 人均/地均 table its parts divided) the ranked bars, and for values the distribution; up to
     * {@link #TOWN_CHART_LIMIT} reports, each town's growth against its peers and its main indicators over the
     * years; a scatter for each fitted correlation. Charts cost ~50 ms each: drawn on every core.
     */
    public static SiteCharts draw(Analysis a, Catalog catalog, List<ReportFacts> reports, Charts charts) {
        Map<String, List<ChartImage>> rankings = new HashMap<>();
        a.rankings().parallelStream()
                .filter(r -> r.ranked() && r.group().equals("all") && !Derived.isDerived(r.indicator()))
                .map(r -> Map.entry(key(r), rankingCharts(r, charts)))
                .toList().forEach(e -> rankings.put(e.getKey(), e.getValue()));
        Map<String, List<ChartImage>> towns = new HashMap<>();
        // A chart per town costs ~50 ms: a county or city office gets one on every town page; at provincial
        // scale the town page shows its standing as HTML/CSS percentile bars only.
        if (reports.size() <= TOWN_CHART_LIMIT) {
            for (ReportFacts r : reports) {
                Integer year = r.document().year();
                if (year == null) continue;
                add(towns, r.reportId(), charts.growthVsMedian(a, r.reportId(), year, "all"));
            }
            // A town with reports of several years: its main indicators over time (two figures of the whole year at
            // least), on the latest year's profile.
            Map<String, Integer> perTown = new HashMap<>();
            for (TimeSeries series : a.timeSeries()) {
                if (!series.measure().equals("value") || series.points().size() < 2 || Derived.isDerived(series.indicator())
                        || !catalog.info(series.indicator()).flow()) continue; // the economy over time, not its area
                // a line needs two figures of the whole year (a part-year figure is a marked point beside it)
                if (series.points().stream().filter(p -> p.flags().stream().noneMatch(f -> f.startsWith(townstats.analyze.Flags.PARTIAL))).count() < 2) continue;
                if (perTown.merge(series.townKey(), 1, Integer::sum) > TIME_SERIES_PER_TOWN) continue;
                String latest = series.points().get(series.points().size() - 1).report();
                add(towns, latest, charts.timeSeries(series, a));
            }
        }
        Map<String, ChartImage> scatters = new HashMap<>();
        a.correlations().parallelStream().filter(c -> c.fit() != null)
                .map(c -> Map.entry(key(c), java.util.Optional.ofNullable(charts.scatter(c))))
                .toList().forEach(e -> e.getValue().ifPresent(img -> scatters.put(e.getKey(), img)));
        return new SiteCharts(rankings, towns, scatters);
    }

    private static List<ChartImage> rankingCharts(Ranking r, Charts charts) {
        List<ChartImage> out = new ArrayList<>();
        out.add(charts.rankedBars(r, null));
        if (r.measure().equals("value")) out.add(charts.distribution(r));
        out.removeIf(java.util.Objects::isNull);
        return List.copyOf(out);
    }

    private static void add(Map<String, List<ChartImage>> towns, String report, ChartImage image) {
        if (image != null) towns.computeIfAbsent(report, k -> new ArrayList<>()).add(image);
    }
}
