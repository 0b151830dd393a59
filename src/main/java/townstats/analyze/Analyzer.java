package townstats.analyze;

import townstats.model.ReportFacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The analyze stage: all reports in, {@link Analysis} out.
 *
 * <p>Reports of unknown year (年份不明) are never ranked (flag year_unknown). When one town has several
 * reports for the same year, the one with the most facts is kept (ties: smallest report id) and the others
 * are flagged duplicate_report, so a town is never ranked against itself.
 */
public final class Analyzer {
    private Analyzer() {
    }

    public static Analysis analyze(List<ReportFacts> reports, Catalog catalog) {
        List<DataQualityFlag> flags = new ArrayList<>();
        List<ReportFacts> kept = dedupe(reports, flags);
        FactSelector selector = new FactSelector(catalog);
        List<Observation> observations = new ArrayList<>();
        for (ReportFacts r : kept) observations.addAll(selector.observations(r));

        List<Ranking> rankings = Ranker.rank(observations);
        List<CompositeIndex> index = new ArrayList<>();
        List<SimilarTowns> similar = new ArrayList<>();
        List<Correlation> correlations = new ArrayList<>();
        TreeSet<Integer> years = new TreeSet<>();
        kept.forEach(r -> years.add(r.document().year()));
        for (int year : years) {
            EntropyTopsis.compute(year, kept, observations, catalog).ifPresent(index::add);
            similar.addAll(SimilarTowns.find(year, observations, catalog));
            correlations.addAll(Correlation.compute(year, observations, catalog));
        }
        AcrossYears.Result across = AcrossYears.analyze(kept, observations, catalog);
        flags.addAll(across.flags());
        return new Analysis(rankings, index, similar, correlations, across.series(),
                across.growthChecks(), across.targetChecks(), flags);
    }

    /** Known-year reports, one per town and year. */
    private static List<ReportFacts> dedupe(List<ReportFacts> reports, List<DataQualityFlag> flags) {
        Map<String, List<ReportFacts>> byTownYear = new LinkedHashMap<>();
        for (ReportFacts r : reports) {
            if (r.document().year() == null) {
                flags.add(new DataQualityFlag(r.reportId(), null, "year_unknown", "报告年份不明，不参与排名。"));
                continue;
            }
            byTownYear.computeIfAbsent(TownIdentity.of(r).key() + "|" + r.document().year(), k -> new ArrayList<>()).add(r);
        }
        List<ReportFacts> kept = new ArrayList<>();
        for (List<ReportFacts> same : byTownYear.values()) {
            same.sort(Comparator.comparingInt((ReportFacts r) -> -r.facts().size()).thenComparing(ReportFacts::reportId));
            kept.add(same.get(0));
            for (ReportFacts dup : same.subList(1, same.size())) {
                flags.add(new DataQualityFlag(dup.reportId(), null, "duplicate_report",
                        "与报告" + same.get(0).reportId() + "为同一乡镇同一年份，统计时只采用后者。"));
            }
        }
        return kept;
    }
}
