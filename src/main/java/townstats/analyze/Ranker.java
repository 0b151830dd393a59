package townstats.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import townstats.model.Period;

/**
 * Builds the rankings: for every year, indicator, measure and period, one ranking in "all" and one per
 * province/city/county peer group that has a resolved town. Figures of different years are never mixed
 * (the year is part of every grouping key; reports of unknown year have no observations at all), and a
 * part-year value (1—11月) is ranked only against values of the same months. A growth rate is year-on-year for any
 * period, so the growth rates of one year are ranked together, each with its months shown (see {@link FactSelector}).
 */
public final class Ranker {
    /**
     * A table needs this many ranked figures to be ranked; a smaller one is listed side by side, unranked. Among 3 or
     * 4 towns a place in the top three is near certain and says little about where a town stands.
     */
    public static final int MIN_RANKED = 5;

    private Ranker() {
    }

    public static List<Ranking> rank(List<Observation> observations) {
        return rank(observations, null);
    }

    /**
     * The rankings of the last build of a running watch, each with the observations it was made from: a group whose
     * observations are the same is not ranked again (after one changed report most groups are so).
     */
    public static final class Memo {
        private record Made(List<Observation> from, Ranking ranking) {
        }

        private volatile Map<String, Made> made = Map.of();
    }

    /** As above, taking from {@code memo} (null: none) the rankings of groups whose observations did not change. */
    public static List<Ranking> rank(List<Observation> observations, Memo memo) {
        // year → indicator → measure → group → observations; the keys sorted once for a stable output
        Map<String, List<Observation>> grouped = new java.util.HashMap<>();
        for (Observation o : observations) {
            grouped.computeIfAbsent(key(o, "all"), k -> new ArrayList<>()).add(o);
            for (String g : o.town().groups()) {
                grouped.computeIfAbsent(key(o, g), k -> new ArrayList<>()).add(o);
            }
        }
        Map<String, List<Observation>> groups = new TreeMap<>(grouped);
        Map<String, Memo.Made> before = memo == null ? Map.of() : memo.made;
        Map<String, Memo.Made> made = new java.util.concurrent.ConcurrentHashMap<>();
        // groups are independent: ranked on every core, in key order
        List<Ranking> out = groups.entrySet().parallelStream().map(e -> {
            Memo.Made last = before.get(e.getKey());
            Ranking r = last != null && last.from().equals(e.getValue()) ? last.ranking() : rank(e.getKey(), e.getValue());
            if (memo != null && r != null) made.put(e.getKey(), new Memo.Made(e.getValue(), r));
            return r;
        }).filter(java.util.Objects::nonNull).toList();
        if (memo != null) memo.made = made;
        return out;
    }

    private static Ranking rank(String key, List<Observation> obs) {
        String[] k = key.split("\t");
        return rankGroup(k[1], Integer.parseInt(k[0]), k[3], k[2], obs.get(0).period(), obs);
    }

    private static String key(Observation o, String group) {
        // the year's figures first ("" sorts before "1-11"), then each part of the year
        return o.year() + "\t" + o.indicator() + "\t" + o.measure() + "\t" + group + "\t"
                + (o.period() == null ? "" : o.period().from() + "-" + o.period().to());
    }

    /** One group's ranking, or null when it has no rankable figure. */
    public static Ranking rankGroup(String indicator, int year, String group, String measure, List<Observation> obs) {
        return rankGroup(indicator, year, group, measure, null, obs);
    }

    /** As above, for the figures of one part of the year ({@code period}, null for the year's figures). */
    public static Ranking rankGroup(String indicator, int year, String group, String measure, Period period,
                                    List<Observation> obs) {
        List<Observation> rankable = obs.stream().filter(Observation::rankable).collect(Collectors.toList());
        if (rankable.isEmpty()) return null;
        double[] values = rankable.stream().mapToDouble(Observation::value).toArray();
        Stats stats = Stats.of(values);
        boolean ranked = values.length >= MIN_RANKED;
        double[] ascending = values.clone();
        java.util.Arrays.sort(ascending);
        List<RankEntry> entries = new ArrayList<>();
        for (Observation o : rankable) {
            if (!ranked) {
                entries.add(entry(o, null, null, null));
                continue;
            }
            int higher = values.length - firstAbove(ascending, o.value());
            double z = stats.sd() == null || stats.sd() == 0 ? 0 : (o.value() - stats.mean()) / stats.sd();
            // share of the other towns not above this one: agrees with the competition rank, ties included
            entries.add(entry(o, 1 + higher, 100.0 * (values.length - 1 - higher) / (values.length - 1), z));
        }
        entries.sort(HIGHEST_FIRST);
        List<RankEntry> unranked = obs.stream().filter(o -> !o.rankable())
                .map(o -> entry(o, null, null, null))
                .sorted(HIGHEST_FIRST)
                .collect(Collectors.toList());
        entries.addAll(unranked);
        return new Ranking(indicator, year, group, measure, period, values.length, ranked, stats, entries);
    }

    private static final Comparator<RankEntry> HIGHEST_FIRST =
            Comparator.comparingDouble((RankEntry e) -> -e.value()).thenComparing(RankEntry::report);

    /** The index of the first value above {@code v} in an ascending array (its length when there is none). */
    public static int firstAbove(double[] ascending, double v) {
        int lo = 0;
        int hi = ascending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] > v) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static RankEntry entry(Observation o, Integer rank, Double percentile, Double z) {
        return new RankEntry(o.report(), o.townName(), o.town().key(), o.value(), rank, percentile, z, o.flags(), o.offset());
    }
}
