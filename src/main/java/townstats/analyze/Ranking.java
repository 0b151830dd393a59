package townstats.analyze;

import java.util.List;
import townstats.model.Period;

/**
 * One indicator × year × peer group × measure × period.
 *
 * @param group   "all", "province:41", "city:4103" or "county:410324"
 * @param measure "value" or "growth"
 * @param period  the months its figures cover when they are part of the year (1—11月), or null for the year's
 *                figures; a part-year figure is ranked only against the same months
 * @param n       figures in the statistics (unranked figures are shown in entries but not counted)
 * @param ranked  false when the group has fewer than {@link Ranker#MIN_RANKED} figures: side by side only
 * @param entries ranked entries by rank, then unranked ones by value
 * @param fingerprint a hash of all the above, made once: what the pages and data files made from the ranking key on
 */
public record Ranking(String indicator, int year, String group, String measure, Period period, int n, boolean ranked,
                      Stats stats, List<RankEntry> entries, String fingerprint) {
    public Ranking {
        entries = List.copyOf(entries);
        if (fingerprint == null) fingerprint = fingerprint(indicator, year, group, measure, period, n, ranked, stats, entries);
    }

    public Ranking(String indicator, int year, String group, String measure, Period period, int n, boolean ranked,
                   Stats stats, List<RankEntry> entries) {
        this(indicator, year, group, measure, period, n, ranked, stats, entries, null);
    }

    private static String fingerprint(String indicator, int year, String group, String measure, Period period, int n,
                                      boolean ranked, Stats stats, List<RankEntry> entries) {
        townstats.util.Hashes.Builder h = new townstats.util.Hashes.Builder().add(indicator).add(year).add(group).add(measure)
                .add(period).add(n).add(ranked ? 1 : 0).add(stats);
        for (RankEntry e : entries) {
            h.add(e.report()).add(e.town()).add(e.townKey()).add(e.value()).add(e.rank()).add(e.percentile()).add(e.z())
                    .add(e.flags()).add(e.offset());
        }
        return h.hex();
    }

    /** The entry of one report, or null. */
    public RankEntry entry(String report) {
        for (RankEntry e : entries) {
            if (e.report().equals(report)) return e;
        }
        return null;
    }
}
