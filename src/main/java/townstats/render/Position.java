package townstats.render;

import townstats.analyze.RankEntry;
import townstats.analyze.Ranking;

/**
 * Where a town stands in one ranking as a profile says it, decided so that one new report elsewhere changes it only
 * where it must. In the small, local groups (county, city) the exact rank among how many towns (栾川县第3/14). In the
 * wide groups (a province, all towns), which every report of the year joins, no count (it moves with every report)
 * and the exact rank only in the first places; below them a band ({@link townstats.analyze.RankBands}): 前10名, then
 * the quarter of the ranked towns the rank falls in (前25%, 前50%, 后50%, 后25%), by the table's order, the larger
 * value first, as the rank itself: a place, not "better". A town changes band only when it crosses a band's edge, so
 * a profile stays as it is while reports arrive; the exact rank is on the ranking page the line links to.
 *
 * @param rank  the rank, null when unranked or said as a band
 * @param n     the towns ranked, given in a local group only (null in a wide one)
 * @param band  in a wide group below the exact top, 1 to 5 ({@link townstats.analyze.RankBands#band}); else 0
 */
record Position(Integer rank, Integer n, int band) {
    /** A province or all towns: joined by every report of the year (and of the province). */
    static boolean wide(String group) {
        return SiteContext.width(group) <= 1;
    }

    static Position of(Ranking t, RankEntry row) {
        Integer rank = row.rank();
        if (rank == null) return new Position(null, null, 0);
        if (!wide(t.group())) return new Position(rank, t.n(), 0);
        int band = townstats.analyze.RankBands.band(rank, t.n());
        return band == 0 ? new Position(rank, null, 0) : new Position(null, null, band);
    }

    /** The words of a wide group's band, from the theme's words ({@code town.band1} …): 前10名, 前25% …. */
    static String bandWords(java.util.Map<String, String> msg, int band) {
        return msg.get(BAND_WORDS[band - 1]);
    }

    private static final String[] BAND_WORDS = {"town.band1", "town.band2", "town.band3", "town.band4", "town.band5"};

    /**
     * A number for ordering strengths and weaknesses that reads only what is shown: the percentile in a local group;
     * in a wide one the exact top highest (100 − rank/100), then 前10名 (95), then the middle of the quarter.
     */
    static Double order(Ranking t, RankEntry row) {
        if (row.percentile() == null) return null;
        if (!wide(t.group())) return row.percentile();
        Position p = of(t, row);
        if (p.band() == 0) return 100 - p.rank() / 100.0;
        return p.band() == 1 ? 95.0 : 100 - 25 * (p.band() - 1) + 12.5;
    }

    /** 前10名, 前25% …, or null when the rank is said exactly. */
    String band(java.util.Map<String, String> msg) {
        return band == 0 ? null : bandWords(msg, band);
    }

    /** 第3/14 (local), 第3 (wide, top), 前25% (wide, below the top). */
    String brief(java.util.Map<String, String> msg) {
        if (band != 0) return band(msg);
        return n == null ? msg.get("town.rankTop").replace("{0}", String.valueOf(rank))
                : msg.get("town.rankShort").replace("{0}", String.valueOf(rank)).replace("{1}", String.valueOf(n));
    }

    /** 3/14, 第3 or 前25%: a cell of the derived figures' table (its head says 名次/乡镇数, its note the rest). */
    String cell(java.util.Map<String, String> msg) {
        return band == 0 && n != null ? rank + "/" + n : brief(msg);
    }
}
