package townstats.analyze;

import java.util.List;

/**
 * One town's place in a ranking. rank, percentile, z and ratioToMedian are null when the group is too
 * small to rank or the figure itself is unranked (flag "unranked").
 *
 * @param rank          competition rank, 1 = highest; ties share a rank (1, 2, 2, 4)
 * @param percentile    share of the other ranked towns with a strictly lower figure, 0—100
 *                      (Excel PERCENTRANK.INC × 100): the top town is 100, the bottom 0
 * @param z             (value − mean) / sd; 0 when all figures are equal
 * @param ratioToMedian value / median, null when the median is 0
 */
public record RankEntry(String report, String town, String townKey, double value, Integer rank, Double percentile,
                        Double z, Double ratioToMedian, List<String> flags) {
    public RankEntry {
        flags = List.copyOf(flags);
    }
}
