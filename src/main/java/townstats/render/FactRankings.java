package townstats.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import townstats.extract.Catalog;
import townstats.model.Fact;
import townstats.model.Qualifier;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;
import townstats.render.SiteAnalysis.RankingRow;
import townstats.render.SiteAnalysis.RankingTable;
import townstats.render.SiteAnalysis.Summary;

/**
 * Plain rankings straight from the facts, for a build without the statistics stage: per indicator ×
 * year × measure over all towns, one figure per report. Comparability rules: targets (plan section or
 * 目标/计划 wording) are never figures of the year; a partial period (1—11月) is shown but not ranked; a
 * figure in another unit (万美元 for a 万元 indicator) is left out; 预计/约/以上 are ranked but flagged.
 */
public final class FactRankings {
    /** Fewer figures than this are shown side by side, not ranked (as in the statistics stage). */
    public static final int MIN_RANKED = 3;

    private FactRankings() {
    }

    /** The figure of one report for an indicator and measure, with its comparability flags. */
    public record Pick(Fact fact, double value, boolean rankable, List<String> flags) {
    }

    /** The report's best figure for {@code indicator} and {@code measure}, if any. */
    public static Optional<Pick> pick(ReportFacts r, String indicator, String measure, Catalog catalog) {
        Catalog.Indicator ind = catalog.indicators().get(indicator);
        boolean growth = SiteAnalysis.GROWTH.equals(measure);
        return r.facts().stream()
                .filter(f -> f.indicator().equals(indicator) && !isTarget(f))
                .filter(f -> growth ? f.growth() != null : f.value() != null && (ind == null || ind.unit().equals(f.unit())))
                // the summary before the problems section, a full year before part of one, then text order
                .min(Comparator.comparingInt((Fact f) -> f.section() == SectionKind.SUMMARY ? 0 : 1)
                        .thenComparingInt(f -> partial(f) ? 1 : 0)
                        .thenComparingInt(Fact::start))
                .map(f -> {
                    List<String> flags = flags(f);
                    boolean rankable = !partial(f);
                    if (!rankable) flags.add("unranked");
                    return new Pick(f, growth ? f.growth() : f.value(), rankable, flags);
                });
    }

    public static boolean isTarget(Fact f) {
        return f.qualifier() == Qualifier.TARGET || f.section() == SectionKind.PLAN;
    }

    static boolean partial(Fact f) {
        return f.period() != null && !f.period().isFullYear();
    }

    static List<String> flags(Fact f) {
        List<String> flags = new ArrayList<>();
        if (f.qualifier() != null && f.qualifier() != Qualifier.TARGET) flags.add(f.qualifier().id());
        if (partial(f)) flags.add("partial:" + f.period().from() + "-" + f.period().to());
        if (f.section() == SectionKind.PROBLEMS) flags.add("from_problems");
        return flags;
    }

    /** Every indicator × year × measure table of the known-year reports, in catalogue order. */
    public static List<RankingTable> tables(List<ReportFacts> reports, Catalog catalog) {
        Map<String, RankingTable> tables = new LinkedHashMap<>();
        List<Integer> years = reports.stream().map(r -> r.document().year()).filter(y -> y != null).distinct().sorted().toList();
        for (String indicator : catalog.indicators().keySet()) {
            for (int year : years) {
                for (String measure : List.of(SiteAnalysis.VALUE, SiteAnalysis.GROWTH)) {
                    List<RankingRow> rows = new ArrayList<>();
                    for (ReportFacts r : reports) {
                        if (r.document().year() == null || r.document().year() != year) continue;
                        pick(r, indicator, measure, catalog).ifPresent(p -> rows.add(
                                new RankingRow(r.reportId(), r.document().town(), p.value(), null, Double.NaN, Double.NaN, p.flags())));
                    }
                    if (!rows.isEmpty()) tables.put(indicator + year + measure, rank(indicator, year, measure, rows));
                }
            }
        }
        return List.copyOf(tables.values());
    }

    /** Competition ranks (1, 2, 2, 4) by value, highest first; unranked rows after the ranked ones. */
    static RankingTable rank(String indicator, int year, String measure, List<RankingRow> rows) {
        List<RankingRow> ranked = rows.stream().filter(r -> !r.flags().contains("unranked"))
                .sorted(Comparator.comparingDouble(RankingRow::value).reversed().thenComparing(RankingRow::report)).toList();
        List<RankingRow> unranked = rows.stream().filter(r -> r.flags().contains("unranked"))
                .sorted(Comparator.comparingDouble(RankingRow::value).reversed().thenComparing(RankingRow::report)).toList();
        int n = ranked.size();
        Summary stats = n == 0 ? null : summary(ranked.stream().mapToDouble(RankingRow::value).toArray());
        boolean canRank = n >= MIN_RANKED;
        List<RankingRow> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RankingRow r = ranked.get(i);
            // competition rank: 1 + the number of strictly higher figures
            int rank = 1 + (int) ranked.stream().filter(o -> o.value() > r.value()).count();
            double pct = canRank ? 100.0 * (n - rank) / (n - 1) : Double.NaN;
            double z = canRank && stats.sd() != null && stats.sd() > 0 ? (r.value() - stats.mean()) / stats.sd() : Double.NaN;
            out.add(new RankingRow(r.report(), r.town(), r.value(), canRank ? rank : null, pct, z, r.flags()));
        }
        out.addAll(unranked);
        return new RankingTable(indicator, year, SiteAnalysis.ALL, null, measure, canRank, stats, out, List.of());
    }

    static Summary summary(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        int n = s.length;
        double mean = java.util.Arrays.stream(s).average().orElse(0);
        double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        Double sd = null;
        if (n >= 2) {
            double ss = 0;
            for (double x : s) ss += (x - mean) * (x - mean);
            sd = Math.sqrt(ss / (n - 1));
        }
        return new Summary(n, mean, median, s[0], s[n - 1], sd);
    }
}
