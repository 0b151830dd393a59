package townstats.analyze;

import java.util.List;

/**
 * One indicator × year × peer group × measure.
 *
 * @param group   "all", "province:41", "city:4103" or "county:410324"
 * @param measure "value" or "growth"
 * @param n       figures in the statistics (unranked figures are shown in entries but not counted)
 * @param ranked  false when the group has fewer than {@link Ranker#MIN_RANKED} figures: side by side only
 * @param entries ranked entries by rank, then unranked ones by value
 */
public record Ranking(String indicator, int year, String group, String measure, int n, boolean ranked,
                      Stats stats, List<RankEntry> entries) {
    public Ranking {
        entries = List.copyOf(entries);
    }
}
