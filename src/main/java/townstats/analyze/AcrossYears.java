package townstats.analyze;

import townstats.catalog.Catalog;
import townstats.model.Fact;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Time series, growth consistency and target checks for towns with reports of several years. */
final class AcrossYears {
    record Result(List<TimeSeries> series, List<GrowthCheck> growthChecks, List<TargetCheck> targetChecks,
                  List<DataQualityFlag> flags) {
    }

    private AcrossYears() {
    }

    /** @param reports one report per town and year (duplicates already dropped), known year only */
    static Result analyze(List<ReportFacts> reports, List<Observation> observations, Catalog catalog) {
        // town → indicator|measure → year → observation
        Map<String, Map<String, TreeMap<Integer, Observation>>> byTown = new TreeMap<>();
        for (Observation o : observations) {
            byTown.computeIfAbsent(o.town().key(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(o.indicator() + "|" + o.measure(), k -> new TreeMap<>())
                    .put(o.year(), o);
        }
        List<TimeSeries> series = new ArrayList<>();
        List<GrowthCheck> checks = new ArrayList<>();
        List<DataQualityFlag> flags = new ArrayList<>();
        for (var town : byTown.entrySet()) {
            for (var e : town.getValue().entrySet()) {
                TreeMap<Integer, Observation> years = e.getValue();
                if (years.size() < 2) continue;
                Observation last = years.lastEntry().getValue();
                List<TimeSeries.Point> points = years.values().stream()
                        .map(o -> new TimeSeries.Point(o.year(), o.report(), o.value(), o.flags())).toList();
                series.add(new TimeSeries(town.getKey(), last.townName(), last.indicator(), last.measure(), points));
                if (last.measure().equals(Observation.VALUE) && catalog.indicators().containsKey(last.indicator())) {
                    Map<Integer, Observation> growth = town.getValue().getOrDefault(last.indicator() + "|" + Observation.GROWTH, new TreeMap<>());
                    checkGrowth(years, growth, checks, flags);
                }
            }
        }
        List<TargetCheck> targets = targets(reports, byTown);
        return new Result(series, checks, targets, flags);
    }

    private static void checkGrowth(TreeMap<Integer, Observation> values, Map<Integer, Observation> growth,
                                    List<GrowthCheck> checks, List<DataQualityFlag> flags) {
        for (var e : values.entrySet()) {
            Observation prev = values.get(e.getKey() - 1);
            Observation cur = e.getValue();
            Observation stated = growth.get(e.getKey());
            if (prev == null || stated == null || !exact(prev) || !exact(cur) || !exact(stated) || prev.value() == 0) continue;
            double implied = (cur.value() / prev.value() - 1) * 100;
            boolean ok = Math.abs(implied - stated.value()) <= GrowthCheck.TOLERANCE;
            checks.add(new GrowthCheck(cur.town().key(), cur.townName(), cur.indicator(), cur.year(), prev.report(),
                    cur.report(), prev.value(), cur.value(), implied, stated.value(), ok));
            if (!ok) {
                flags.add(new DataQualityFlag(cur.report(), cur.indicator(), "growth_mismatch", String.format(
                        "%d年报告称增长%.1f%%，但与%d年报告的数值相比实为%.1f%%（相差超过%.1f个百分点；可能按可比价计算或口径不同）。",
                        cur.year(), stated.value(), prev.year(), implied, GrowthCheck.TOLERANCE)));
            }
        }
    }

    /**
     * A figure precise enough for the check: a full-year (or unknown-period) figure, not 约 or 余 (a rounded
     * 约1.2亿元 can move the implied growth by several points). 预计 figures are kept: they are the year's figure.
     */
    private static boolean exact(Observation o) {
        return o.annual() && o.flags().stream().noneMatch(f -> f.equals(Flags.APPROX) || f.equals(Flags.MORE_THAN));
    }

    private static List<TargetCheck> targets(List<ReportFacts> reports,
                                             Map<String, Map<String, TreeMap<Integer, Observation>>> byTown) {
        List<TargetCheck> out = new ArrayList<>();
        for (ReportFacts r : reports) {
            int year = r.document().year();
            TownIdentity town = TownIdentity.of(r);
            Map<String, TreeMap<Integer, Observation>> obs = byTown.getOrDefault(town.key(), Map.of());
            // only the plan section speaks of next year; a TARGET elsewhere is usually this year's goal
            Map<String, Fact> firstPlan = new LinkedHashMap<>();
            r.facts().stream().filter(f -> f.section() == SectionKind.PLAN)
                    .sorted(Comparator.comparingInt(Fact::offset))
                    .forEach(f -> firstPlan.putIfAbsent(f.indicator(), f));
            for (Fact f : firstPlan.values()) {
                if (f.value() != null) {
                    achieved(obs, f.indicator(), Observation.VALUE, year + 1).ifPresent(a -> out.add(
                            check(town, f, Observation.VALUE, year, r, f.value(), a, a.value(), List.of())));
                }
                if (f.growth() != null) {
                    Optional<Observation> stated = achieved(obs, f.indicator(), Observation.GROWTH, year + 1);
                    if (stated.isPresent()) {
                        out.add(check(town, f, Observation.GROWTH, year, r, f.growth(), stated.get(), stated.get().value(), List.of()));
                        continue;
                    }
                    Optional<Observation> now = achieved(obs, f.indicator(), Observation.VALUE, year + 1);
                    Optional<Observation> before = achieved(obs, f.indicator(), Observation.VALUE, year);
                    if (now.isPresent() && before.isPresent() && before.get().value() != 0) {
                        double implied = (now.get().value() / before.get().value() - 1) * 100;
                        out.add(check(town, f, Observation.GROWTH, year, r, f.growth(), now.get(), implied, List.of("implied_growth")));
                    }
                }
            }
        }
        return out;
    }

    private static Optional<Observation> achieved(Map<String, TreeMap<Integer, Observation>> obs, String indicator,
                                                  String measure, int year) {
        TreeMap<Integer, Observation> years = obs.get(indicator + "|" + measure);
        Observation o = years == null ? null : years.get(year);
        return o != null && o.annual() ? Optional.of(o) : Optional.empty();
    }

    private static TargetCheck check(TownIdentity town, Fact target, String measure, int year, ReportFacts r,
                                     double targetValue, Observation achievement, double achieved, List<String> extra) {
        List<String> flags = new ArrayList<>(achievement.flags());
        flags.addAll(extra);
        return new TargetCheck(town.key(), achievement.townName(), target.indicator(), measure, year + 1, r.reportId(),
                targetValue, achievement.report(), achieved, achieved >= targetValue, flags);
    }
}
