package townstats.analyze;

import townstats.model.Fact;
import townstats.model.Period;
import townstats.model.Qualifier;
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
 * Picks the one achievement figure per report × indicator × measure and makes it comparable.
 *
 * <p><b>Which fact.</b> A report may state an indicator several times. Targets never count as
 * achievements: facts qualified TARGET or in the PLAN section are dropped. Among the rest (value and
 * growth are chosen separately, since a report may give them in different sentences) the winner is the
 * first by: summary section before problems section; full year, then unknown period, then the longest
 * partial period; then text order. A value whose unit is not the catalogue's (foreign trade in 美元) is
 * not comparable and is skipped.
 *
 * <p><b>Comparability of periods</b> (the rule shown on the methodology page):
 * <ul>
 * <li>Full year (1—12月): ranked as is.</li>
 * <li>Unknown period: taken as the annual figure, flagged {@code period_unknown}.</li>
 * <li>A flow (output, revenue, income) for 1—m月 with m ≥ 9: annualised as value × 12 / m and ranked
 *     with the full-year figures, flagged {@code partial:1-m} and {@code annualised}. Reports are
 *     usually written in December, so 1—11月 is the year minus one month; seasonality makes this an
 *     approximation, which is why the flags are shown next to the figure.</li>
 * <li>A flow for a shorter or later-starting period (上半年, 1—6月, 7—12月): shown with {@code partial:a-b}
 *     and {@code unranked}, and kept out of the ranks and statistics: scaling half a year is a guess.</li>
 * <li>A stock (population, area, land, counts): the period does not change it; flagged {@code partial:a-b}
 *     and ranked.</li>
 * <li>Growth: a 1—m月 cumulative year-on-year rate (m ≥ 9) is the usual stand-in for the year's rate and is
 *     ranked, flagged {@code partial:1-m}; shorter periods are shown unranked.</li>
 * </ul>
 * Qualifiers become flags: {@code estimate}, {@code approx}, {@code more_than}.
 */
public final class FactSelector {
    /** A partial period needs at least this many months, from January, to be annualised or ranked. */
    public static final int MIN_MONTHS = 9;

    private final Catalog catalog;

    public FactSelector(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A report's observations (catalogue order, then derived indicators); empty when its year is unknown. */
    public List<Observation> observations(ReportFacts r) {
        Integer year = r.document().year();
        if (year == null) return List.of();
        TownIdentity town = TownIdentity.of(r);
        Map<String, List<Fact>> byIndicator = new LinkedHashMap<>();
        for (Fact f : r.facts()) {
            byIndicator.computeIfAbsent(f.indicator(), k -> new ArrayList<>()).add(f);
        }
        List<Observation> out = new ArrayList<>();
        for (var e : byIndicator.entrySet()) {
            IndicatorInfo info = catalog.info(e.getKey());
            best(e.getValue(), f -> f.value() != null && unitMatches(f, info))
                    .ifPresent(f -> out.add(observe(r, town, year, info, f, Observation.VALUE, f.value())));
            best(e.getValue(), f -> f.growth() != null)
                    .ifPresent(f -> out.add(observe(r, town, year, info, f, Observation.GROWTH, f.growth())));
        }
        out.addAll(Derived.derive(out, catalog));
        return out;
    }

    /** The preferred achievement fact among repeats, by the rule in the class comment. */
    static Optional<Fact> best(List<Fact> facts, Predicate<Fact> usable) {
        return facts.stream()
                .filter(FactSelector::isAchievement)
                .filter(usable)
                .min(Comparator.comparingInt((Fact f) -> f.section() == SectionKind.SUMMARY ? 0 : 1)
                        .thenComparingInt(FactSelector::periodRank)
                        .thenComparingInt(f -> f.period() == null ? 0 : -(f.period().to() - f.period().from()))
                        .thenComparingInt(Fact::offset));
    }

    /** Targets and plans are never achievements. */
    public static boolean isAchievement(Fact f) {
        return f.qualifier() != Qualifier.TARGET && f.section() != SectionKind.PLAN;
    }

    private static int periodRank(Fact f) {
        if (f.period() == null) return 1;
        return f.period().isFullYear() ? 0 : 2;
    }

    private static boolean unitMatches(Fact f, IndicatorInfo info) {
        return info.unit().isEmpty() || f.unit() == null || f.unit().equals(info.unit());
    }

    private Observation observe(ReportFacts r, TownIdentity town, int year, IndicatorInfo info, Fact f,
                                String measure, double raw) {
        List<String> flags = new ArrayList<>();
        double value = raw;
        boolean rankable = true;
        Period p = f.period();
        if (p == null) {
            flags.add(Flags.PERIOD_UNKNOWN);
        } else if (!p.isFullYear()) {
            flags.add(Flags.partial(p));
            boolean longEnough = p.from() == 1 && p.to() >= MIN_MONTHS;
            if (info.flow()) {
                if (!longEnough) {
                    rankable = false;
                    flags.add(Flags.UNRANKED);
                } else if (measure.equals(Observation.VALUE)) {
                    value = raw * 12.0 / p.to();
                    flags.add(Flags.ANNUALISED);
                }
            }
        }
        String q = Flags.of(f.qualifier());
        if (q != null) flags.add(q);
        if (f.section() == SectionKind.PROBLEMS) flags.add(Flags.FROM_PROBLEMS);
        return new Observation(r.reportId(), r.document().town(), town, year, info.id(), measure, value, rankable, flags);
    }
}
