package townstats.analyze;

import java.util.List;

/**
 * One town's place in a ranking. rank, percentile and z are null when the group is too
 * small to rank or the figure itself is unranked (flag "unranked").
 *
 * @param rank          competition rank, 1 = highest; ties share a rank (1, 2, 2, 4)
 * @param percentile    share of the other ranked towns whose figure is not higher, 0—100:
 *                      100 · (n − rank) / (n − 1). The top town (and all tied with it) is 100, the bottom 0;
 *                      without ties it equals Excel PERCENTRANK.INC × 100
 * @param z             (value − mean) / sd; 0 when all figures are equal
 * @param offset        offset of the figure's fact in the report's decoded text (its source), -1 for a derived figure
 */
public record RankEntry(String report, String town, String townKey, double value, Integer rank, Double percentile,
                        Double z, List<String> flags, int offset) {
    public RankEntry {
        flags = List.copyOf(flags);
    }
}
