package townstats.analyze;

import java.util.List;

/** Everything the comparative statistics found; immutable, ready for the charts, pages and data files. */
public record Analysis(List<Ranking> rankings, List<CompositeIndex> compositeIndex,
                       List<SimilarTowns> similarTowns, List<Correlation> correlations, List<TimeSeries> timeSeries,
                       List<GrowthCheck> growthChecks, List<TargetCheck> targetChecks,
                       List<DataQualityFlag> dataQualityFlags, TopicStats topics) {
    public Analysis {
        rankings = List.copyOf(rankings);
        compositeIndex = List.copyOf(compositeIndex);
        similarTowns = List.copyOf(similarTowns);
        correlations = List.copyOf(correlations);
        timeSeries = List.copyOf(timeSeries);
        growthChecks = List.copyOf(growthChecks);
        targetChecks = List.copyOf(targetChecks);
        dataQualityFlags = List.copyOf(dataQualityFlags);
        topics = topics == null ? TopicStats.NONE : topics;
    }

    /** An analysis without the themes compared (tests, tools). */
    public Analysis(List<Ranking> rankings, List<CompositeIndex> compositeIndex, List<SimilarTowns> similarTowns,
                    List<Correlation> correlations, List<TimeSeries> timeSeries, List<GrowthCheck> growthChecks,
                    List<TargetCheck> targetChecks, List<DataQualityFlag> dataQualityFlags) {
        this(rankings, compositeIndex, similarTowns, correlations, timeSeries, growthChecks, targetChecks, dataQualityFlags,
                TopicStats.NONE);
    }

    /** One report's place in every ranking it appears in (for the town page's HTML/CSS bars). */
    public List<TownRank> townRankings(String report) {
        return rankings.stream().flatMap(r -> r.entries().stream().filter(e -> e.report().equals(report))
                .map(e -> new TownRank(r, e))).toList();
    }

    /** A ranking seen from one town: the whole ranking (stats, n, group) and the town's entry. */
    public record TownRank(Ranking ranking, RankEntry entry) {
    }

    /** The ranking of one indicator, year, group and measure of the year's figures, or null. */
    public Ranking ranking(String indicator, int year, String group, String measure) {
        return ranking(indicator, year, group, measure, null);
    }

    /** The ranking of one indicator, year, group, measure and part of the year (null: the year's figures), or null. */
    public Ranking ranking(String indicator, int year, String group, String measure, townstats.model.Period period) {
        return rankings.stream().filter(r -> r.indicator().equals(indicator) && r.year() == year
                && r.group().equals(group) && r.measure().equals(measure) && java.util.Objects.equals(r.period(), period))
                .findFirst().orElse(null);
    }
}
