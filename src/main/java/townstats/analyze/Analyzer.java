package townstats.analyze;

import townstats.catalog.Catalog;
import townstats.model.QualityIssue;
import townstats.model.ReportFacts;
import townstats.topics.ThemeCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The analyze stage: all reports in, {@link Analysis} out.
 *
 * <p>Which figures count is decided once, before this stage, by the quality stage
 * ({@link townstats.model.QualityIssue}): a report of unknown year (年份不明) is never ranked; two reports for
 * one town and year are both shown in the rankings, flagged duplicate_report and unranked, and neither enters
 * the statistics, the composite index, similar towns or the checks across years; an absurd figure is shown,
 * flagged and unranked.
 */
public final class Analyzer {
    private Analyzer() {
    }

    /** With the shipped theme catalogue. */
    public static Analysis analyze(List<ReportFacts> reports, Catalog catalog) {
        return analyze(reports, catalog, ThemeCatalog.loadDefault());
    }

    /** @param themes the theme catalogue the reports' themes were read with (it names them) */
    public static Analysis analyze(List<ReportFacts> reports, Catalog catalog, ThemeCatalog themes) {
        return analyze(reports, catalog, themes, null);
    }

    /** As above, in a running watch: {@code rankings} holds the last build's rankings (see {@link Ranker.Memo}), or null. */
    public static Analysis analyze(List<ReportFacts> reports, Catalog catalog, ThemeCatalog themes, Ranker.Memo rankings) {
        FactSelector selector = new FactSelector(catalog);
        List<Observation> observations = new ArrayList<>();
        List<ReportFacts> kept = new ArrayList<>();
        List<Observation> keptObservations = new ArrayList<>();
        for (ReportFacts r : reports) {
            List<Observation> own = selector.observations(r);
            observations.addAll(own);
            if (r.document().year() == null || r.has(QualityIssue.Kind.DUPLICATE_REPORT)) continue;
            kept.add(r);
            keptObservations.addAll(own);
        }

        List<Ranking> ranked = Ranker.rank(observations, rankings);
        List<CompositeIndex> index = new ArrayList<>();
        List<SimilarTowns> similar = new ArrayList<>();
        List<Correlation> correlations = new ArrayList<>();
        TreeSet<Integer> years = new TreeSet<>();
        kept.forEach(r -> years.add(r.document().year()));
        for (int year : years) {
            EntropyTopsis.compute(year, kept, keptObservations, catalog).ifPresent(index::add);
            similar.addAll(SimilarTowns.find(year, keptObservations, catalog));
            correlations.addAll(Correlation.compute(year, keptObservations, catalog));
        }
        AcrossYears.Result across = AcrossYears.analyze(kept, keptObservations, catalog);
        return new Analysis(ranked, index, similar, correlations, across.series(),
                across.growthChecks(), across.targetChecks(), across.flags(), TopicStats.compute(reports, kept, themes));
    }

    /**
     * One report's figures exactly as the statistics count them (which fact, as printed, its flags, whether it is
     * ranked), for the pages that show a report's figures beside their ranks; also for a report of unknown year.
     */
    public static List<Observation> figures(ReportFacts report, Catalog catalog) {
        return new FactSelector(catalog).figures(report);
    }
}
