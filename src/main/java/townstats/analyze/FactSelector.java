package townstats.analyze;

import townstats.catalog.Catalog;
import townstats.model.Fact;
import townstats.model.Period;
import townstats.model.Qualifier;
import townstats.model.QualityIssue;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Picks the one achievement figure per report × indicator × measure: the figure that counts, the same on every
 * page and in every data file (the town page asks {@link Analyzer#figures} for it).
 *
 * <p><b>Which fact.</b> A report may state an indicator several times. Targets never count as
 * achievements: facts qualified TARGET or in the PLAN section are dropped. Among the rest (value and
 * growth are chosen separately, since a report may give them in different sentences) the winner is the
 * first by: a plausible figure before one the quality stage flagged; one an official stated in the sidecar (人工核对);
 * summary section before problems section;
 * full year, then unknown period, then the longest partial period; for values, the largest (a town total is
 * never below a breakdown of it: 总人口2.4万人 before 其中城镇人口0.8万人, which reads as the same indicator;
 * the quality stage flags such a report 数值不一致); then text order. A value whose unit is not the
 * catalogue's (foreign trade in 美元) is not comparable and is skipped.
 *
 * <p><b>Comparability of periods</b> (the rule shown on the methodology page):
 * <ul>
 * <li>Full year (1—12月): ranked with the year's figures.</li>
 * <li>Unknown period: taken as the annual figure, flagged {@code period_unknown}.</li>
 * <li>A flow (output, revenue, income) for part of the year (1—11月, 上半年): shown as printed, flagged
 *     {@code partial:a-b}, and ranked only against the towns reporting the same months ({@link Observation#period}).
 *     It is never scaled to a year: December is the peak month for investment and revenue, so 12/11 of 1—11月 is
 *     not what a statistics office would publish.</li>
 * <li>A growth rate for part of the year: year-on-year like the year's, so ranked with the growth rates of the
 *     year, flagged {@code partial:a-b} so that its months are shown beside it.</li>
 * <li>A stock (population, area, land, counts): the extractor gives it no period (it covers no months), and one
 *     stated anyway (a sidecar's, an older cache's) is not shown: the population at the end of November is the
 *     population. Ranked with the year's figures.</li>
 * </ul>
 * Qualifiers become flags: {@code estimate}, {@code approx}, {@code more_than}. A figure of a report with a
 * {@linkplain townstats.model.QualityIssue quality issue} (duplicate, year unknown, absurd figure) is shown,
 * flagged with the issue's id, and never ranked.
 */
public final class FactSelector {
    private final Catalog catalog;

    public FactSelector(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A report's observations (catalogue order, then derived indicators); empty when its year is unknown. */
    public List<Observation> observations(ReportFacts r) {
        if (r.document().year() == null) return List.of();
        return figures(r);
    }

    /**
     * The report's figures as the statistics count them, also for a report of unknown year (its figures are
     * shown, never ranked; their year is null).
     */
    List<Observation> figures(ReportFacts r) {
        Integer year = r.document().year();
        TownIdentity town = TownIdentity.of(r);
        Map<String, List<Fact>> byIndicator = new LinkedHashMap<>();
        for (Fact f : r.facts()) {
            byIndicator.computeIfAbsent(f.indicator(), k -> new ArrayList<>()).add(f);
        }
        List<Observation> out = new ArrayList<>();
        for (var e : byIndicator.entrySet()) {
            Catalog.Indicator info = catalog.info(e.getKey());
            best(e.getValue(), f -> f.value() != null && unitMatches(f, info), f -> flagged(r, f, false), true)
                    .ifPresent(f -> out.add(observe(r, town, year, info, f, Observation.VALUE, f.value())));
            best(e.getValue(), f -> f.growth() != null, f -> flagged(r, f, true), false)
                    .ifPresent(f -> out.add(observe(r, town, year, info, f, Observation.GROWTH, f.growth())));
        }
        out.addAll(Derived.derive(out, catalog));
        return out;
    }

    /** The preferred achievement fact among repeats, by the rule in the class comment. */
    static Optional<Fact> best(List<Fact> facts, Predicate<Fact> usable) {
        return best(facts, usable, f -> false, false);
    }

    private static Optional<Fact> best(List<Fact> facts, Predicate<Fact> usable, Predicate<Fact> flagged,
                                       boolean largestValue) {
        Comparator<Fact> order = Comparator.comparingInt((Fact f) -> flagged.test(f) ? 1 : 0)
                .thenComparingInt(f -> f.correction() != null ? 0 : 1) // the official's word (人工核对) first
                .thenComparingInt(f -> f.section() == SectionKind.SUMMARY ? 0 : 1)
                .thenComparingInt(FactSelector::periodRank)
                .thenComparingInt(f -> f.period() == null ? 0 : -(f.period().to() - f.period().from()));
        if (largestValue) order = order.thenComparing(Fact::value, Comparator.reverseOrder());
        return facts.stream()
                .filter(FactSelector::isAchievement)
                .filter(usable)
                .min(order.thenComparingInt(Fact::offset));
    }

    /** Whether the quality stage flagged this fact's value (or growth rate) as absurd. */
    private static boolean flagged(ReportFacts r, Fact f, boolean growth) {
        return r.issues().stream().anyMatch(i -> i.indicator() != null && i.concerns(f, growth));
    }

    /** Targets and plans are never achievements. */
    public static boolean isAchievement(Fact f) {
        return f.qualifier() != Qualifier.TARGET && f.section() != SectionKind.PLAN;
    }

    private static int periodRank(Fact f) {
        if (f.period() == null) return 1;
        return f.period().isFullYear() ? 0 : 2;
    }

    private static boolean unitMatches(Fact f, Catalog.Indicator info) {
        return info.unit().isEmpty() || f.unit() == null || f.unit().equals(info.unit());
    }

    private Observation observe(ReportFacts r, TownIdentity town, Integer year, Catalog.Indicator info, Fact f,
                                String measure, double value) {
        List<String> flags = new ArrayList<>();
        Period p = f.period();
        Period ranksWith = null;
        if (!info.flow()) {
            // a stock: population at the end of November is the population; no period is said
        } else if (p == null) {
            flags.add(Flags.PERIOD_UNKNOWN);
        } else if (!p.isFullYear()) {
            flags.add(Flags.partial(p));
            if (measure.equals(Observation.VALUE)) ranksWith = p;
        }
        String q = Flags.of(f.qualifier());
        if (q != null) flags.add(q);
        if (f.section() == SectionKind.PROBLEMS) flags.add(Flags.FROM_PROBLEMS);
        if (f.scanned()) flags.add(Flags.ocr(f.confidence()));
        if (f.correction() != null) flags.add(Flags.checked(f.correction().note()));
        boolean rankable = true;
        for (QualityIssue issue : r.issues()) {
            if (issue.indicator() == null || issue.concerns(f, measure.equals(Observation.GROWTH))) {
                rankable = false;
                flags.add(issue.kind().id());
            }
        }
        return new Observation(r.reportId(), r.document().town(), town, year, info.id(), measure, value, ranksWith,
                rankable, flags, f.offset());
    }
}
