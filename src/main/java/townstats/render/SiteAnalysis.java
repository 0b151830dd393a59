package townstats.render;

import java.util.List;
import java.util.Map;

/**
 * The comparative statistics the pages show, in the render package's own terms so the site does not
 * depend on how {@code townstats.analyze} is built. The build adapts its Analysis into this; without one
 * the site computes plain value rankings from the facts ({@link FactRankings}).
 *
 * @param rankings     one table per indicator × year × peer group × measure
 * @param composite    综合发展指数 per year; empty when not computed
 * @param similar      report id → the towns most like it that year
 * @param notes        data-quality notes of the statistics (growth mismatches, duplicates ...)
 * @param townCharts   report id → charts for its town profile
 * @param method       one line saying where the statistics come from, shown under each ranking
 * @param labels       names and units of indicators the catalogue does not list (derived: 人均财政总收入, 元/人)
 * @param targets      last year's targets checked against this year's achievements
 * @param correlations Spearman correlations between indicators, with a scatter chart for the strongest
 */
public record SiteAnalysis(List<RankingTable> rankings, List<CompositeTable> composite,
                           Map<String, List<SimilarTown>> similar, List<QualityNote> notes,
                           Map<String, List<SiteChart>> townCharts, String method, Map<String, Label> labels,
                           List<TargetResult> targets, List<CorrelationView> correlations) {
    public SiteAnalysis {
        rankings = List.copyOf(rankings);
        composite = List.copyOf(composite);
        similar = Map.copyOf(similar);
        notes = List.copyOf(notes);
        townCharts = Map.copyOf(townCharts);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        targets = targets == null ? List.of() : List.copyOf(targets);
        correlations = correlations == null ? List.of() : List.copyOf(correlations);
    }

    /** Spearman's rho of two indicators over n towns of one year; {@code chart} (a scatter with its line) or null. */
    public record CorrelationView(int year, String x, String y, int n, double rho, SiteChart chart) {
    }

    /**
     * A target set in {@code targetReport} (year − 1, plans section) against the figure of {@code report}
     * (year {@code year}).
     *
     * @param measure "value" or "growth" (percent)
     */
    public record TargetResult(String report, String targetReport, String indicator, String measure, int year,
                               double target, double achieved, boolean met, List<String> flags) {
        public TargetResult {
            flags = List.copyOf(flags);
        }
    }

    /** How an indicator is named and measured on the site. */
    public record Label(String name, String unit) {
    }

    /** Measures of a ranking. */
    public static final String VALUE = "value";
    public static final String GROWTH = "growth";
    /** The peer group of all towns. */
    public static final String ALL = "all";

    /**
     * One ranking table.
     *
     * @param group      "all", "province:41", "city:4103", "county:410324"
     * @param groupLabel how the page names the group (河南省, 栾川县), or null: the messages' name for "all",
     *                   else the group id
     * @param measure    "value" or "growth" (percent)
     * @param ranked     false when the group is too small to rank: figures side by side only
     * @param stats      statistics of the ranked figures, or null when there are none
     * @param rows       ranked rows by rank, then unranked rows
     * @param charts     charts for the table (ranked bars, distribution), possibly none
     */
    public record RankingTable(String indicator, int year, String group, String groupLabel, String measure,
                               boolean ranked, Summary stats, List<RankingRow> rows, List<SiteChart> charts) {
        public RankingTable {
            rows = List.copyOf(rows);
            charts = charts == null ? List.of() : List.copyOf(charts);
        }
    }

    /**
     * @param rank       competition rank (1, 2, 2, 4), or null when unranked
     * @param percentile 0—100, or NaN when unranked
     * @param z          standard score, or NaN
     * @param flags      comparability flags: estimate, approx, more_than, partial:1-11, annualised,
     *                   period_unknown, unranked, from_problems ...
     */
    public record RankingRow(String report, String town, double value, Integer rank, double percentile, double z,
                             List<String> flags) {
        // Primitives, not Double: a national site has millions of rows, and two boxed numbers each cost 250 MB.
        public RankingRow {
            flags = List.copyOf(flags);
        }
    }

    /** A missing (null) number as NaN, for {@link RankingRow}. */
    public static double orNaN(Double d) {
        return d == null ? Double.NaN : d;
    }

    /** A NaN-for-missing number as null, for templates and data files. */
    public static Double present(double d) {
        return Double.isNaN(d) ? null : d;
    }

    public record Summary(int n, double mean, double median, double min, double max, Double sd) {
    }

    /**
     * @param weights   indicator id → entropy weight, in the order used
     * @param coverage  indicator id → share of towns having it (0—1)
     * @param rows      scored towns by rank
     * @param excluded  towns with too few indicators (数据不足)
     */
    public record CompositeTable(int year, Map<String, Double> weights, Map<String, Double> coverage,
                                 List<CompositeRow> rows, List<CompositeExcluded> excluded) {
        public CompositeTable {
            rows = List.copyOf(rows);
            excluded = List.copyOf(excluded);
        }
    }

    public record CompositeRow(String report, String town, double score, int rank, List<String> imputed) {
        public CompositeRow {
            imputed = List.copyOf(imputed);
        }
    }

    public record CompositeExcluded(String report, String town, int available, int required) {
    }

    /** @param distance 0 = identical profile; @param shared indicators compared */
    public record SimilarTown(String report, String town, double distance, int shared) {
    }

    public record QualityNote(String report, String indicator, String kind, String message) {
    }

    public record SiteChart(byte[] png, String alt, int width, int height) {
    }
}
