package townstats.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import townstats.analyze.RankEntry;
import townstats.analyze.Ranking;
import townstats.chart.SiteCharts;

/**
 * Which page shows each ranking table, decided once so the ranking pages and every link to them agree.
 *
 * <p>An indicator and year whose tables together have at most a row budget of rows (a table's heading counted as
 * {@link #TABLE_HEADER_ROWS}) is one page,
 * {@code rankings/gdp-2022.html}, every peer group a tab of it ({@code #group=county:410324}): a county's or a
 * city's site, as before. Beyond the budget the page keeps the all-towns tables (paged, see {@link Paging}) and
 * one line per peer group, and each peer group's tables (value, growth, part-year) are on a page of their own,
 * {@code rankings/gdp-2022/county-410324.html}, paged the same way when a province is larger than the budget.
 */
final class RankingLayout {
    /** Tables of one page sequence: the all-towns tables before the groups, values before growth, then by months. */
    static final Comparator<Ranking> ORDER = Comparator.comparing((Ranking t) -> !t.group().equals(SiteContext.ALL))
            .thenComparing(Ranking::group)
            .thenComparing(t -> !t.measure().equals(SiteContext.VALUE))
            .thenComparing(t -> t.period() == null ? "" : t.period().label());

    /**
     * What a table's heading, statistics and column heads weigh in rows (~1.4 KB against ~460 bytes a row): a page of
     * many small tables (a derived indicator across hundreds of counties) is as heavy as one of many rows.
     */
    static final int TABLE_HEADER_ROWS = 4;

    /** Where a table's rows are: the first page of its sequence and how many rows of that sequence come before it. */
    private record Placement(String first, int offset, boolean tab) {
    }

    private final int budget;
    /** indicator|year → its tables in {@link #ORDER}. */
    private final Map<String, List<Ranking>> tablesByPage = new LinkedHashMap<>();
    private final Map<String, Boolean> split = new HashMap<>();
    /** indicator|year → the peer groups with a table. */
    private final Map<String, java.util.Set<String>> groups = new HashMap<>();
    /** {@link SiteCharts#key} of each table → its placement. */
    private final Map<String, Placement> placements = new HashMap<>();
    /** {@link SiteCharts#key} of a table not drawn → the wider group's table that lists the same towns. */
    private final Map<String, Ranking> shownAs = new HashMap<>();
    /** {@link SiteCharts#key} of a drawn table → the narrower groups it stands for. */
    private final Map<String, List<String>> sameTowns = new HashMap<>();

    /** Each table's {@link SiteCharts#key}, made once: a page's links ask for it for every figure of every town. */
    private final Map<Ranking, String> keys = new java.util.IdentityHashMap<>();

    private String keyOf(Ranking t) {
        String k = keys.get(t);
        return k != null ? k : SiteCharts.key(t);
    }

    RankingLayout(List<Ranking> rankings, int budget) {
        for (Ranking r : rankings) keys.put(r, SiteCharts.key(r));
        this.budget = budget;
        for (Ranking t : rankings) tablesByPage.computeIfAbsent(key(t.indicator(), t.year()), k -> new ArrayList<>()).add(t);
        for (var e : tablesByPage.entrySet()) {
            // on a page of tabs a group's table repeating a wider one's is a tab too many; a group's own page stays
            List<Map.Entry<Ranking, Ranking>> repeats = repeats(e.getValue());
            java.util.Set<Ranking> repeated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            repeats.forEach(r -> repeated.add(r.getKey()));
            List<Ranking> tables = new ArrayList<>(e.getValue());
            tables.removeIf(repeated::contains);
            // too many rows even without the repeats: every table, each group on its own page
            boolean apart = tables.stream().mapToLong(t -> t.entries().size() + TABLE_HEADER_ROWS).sum() > budget;
            if (apart) {
                tables = new ArrayList<>(e.getValue());
            } else {
                for (Map.Entry<Ranking, Ranking> r : repeats) {
                    shownAs.put(SiteCharts.key(r.getKey()), r.getValue());
                    sameTowns.computeIfAbsent(SiteCharts.key(r.getValue()), k -> new ArrayList<>()).add(r.getKey().group());
                }
            }
            tables.sort(ORDER);
            e.setValue(tables);
            groups.put(e.getKey(), tables.stream().map(Ranking::group).collect(java.util.stream.Collectors.toSet()));
            Ranking any = tables.get(0);
            String page = SiteIndex.rankingHref(any.indicator(), any.year());
            split.put(e.getKey(), apart);
            Map<String, Integer> offsets = new HashMap<>();
            for (Ranking t : tables) {
                String first = apart && !t.group().equals(SiteContext.ALL) ? groupHref(t.indicator(), t.year(), t.group()) : page;
                int offset = apart ? offsets.getOrDefault(first, 0) : 0;
                placements.put(SiteCharts.key(t), new Placement(first, offset, !apart));
                offsets.put(first, offset + t.entries().size());
            }
        }
        for (Ranking r : rankings) shown.put(r, shownNow(r));
    }

    private static String key(String indicator, int year) {
        return indicator + "|" + year;
    }

    /**
     * The tables that list exactly the towns of a wider group's table of the same measure and months (a county that is
     * its city's only county, one town alone in its province), each with that wider table: on a page of tabs such a
     * table is drawn once, under the widest group, which {@link #sameTowns} names with the narrower ones, and every
     * link to a narrower one leads there.
     */
    private static List<Map.Entry<Ranking, Ranking>> repeats(List<Ranking> tables) {
        // widest first, and within a level in group order: the names of one table's narrower groups in a fixed order
        List<Ranking> byWidth = new ArrayList<>(tables);
        byWidth.sort(Comparator.comparingInt(RankingLayout::width).thenComparing(Ranking::group));
        Map<String, List<Ranking>> kept = new HashMap<>();
        List<Map.Entry<Ranking, Ranking>> out = new ArrayList<>();
        for (Ranking t : byWidth) {
            List<Ranking> candidates = kept.computeIfAbsent(t.measure() + "|" + t.period() + "|" + t.entries().size(), k -> new ArrayList<>());
            candidates.stream().filter(w -> width(w) < width(t) && sameReports(w, t)).findFirst()
                    .ifPresentOrElse(w -> out.add(Map.entry(t, w)), () -> candidates.add(t));
        }
        return out;
    }

    private static int width(Ranking t) {
        return SiteContext.width(t.group());
    }

    private static boolean sameReports(Ranking a, Ranking b) {
        for (int i = 0; i < a.entries().size(); i++) {
            if (!a.entries().get(i).report().equals(b.entries().get(i).report())) return false;
        }
        return true;
    }

    /** The narrower groups whose table is this one ({@link #withoutRepeats}), narrowest last; empty for most. */
    List<String> sameTowns(Ranking t) {
        return sameTowns.getOrDefault(SiteCharts.key(t), List.of());
    }

    int budget() {
        return budget;
    }

    /** The tables of an indicator and year, in page order (empty when it has none). */
    List<Ranking> tables(String indicator, int year) {
        return tablesByPage.getOrDefault(key(indicator, year), List.of());
    }

    /** Whether the peer groups of this indicator and year have pages of their own (else they are tabs). */
    boolean split(String indicator, int year) {
        return split.getOrDefault(key(indicator, year), false);
    }

    /** A peer group's own page: {@code rankings/gdp-2022/county-410324.html}. */
    static String groupHref(String indicator, int year, String group) {
        String page = SiteIndex.rankingHref(indicator, year);
        return page.substring(0, page.length() - ".html".length()) + "/" + Slugs.clean(group) + ".html";
    }

    /** The first page that shows the group's tables of that indicator and year, or null when it has none. */
    String groupPage(String indicator, int year, String group) {
        if (!groups.getOrDefault(key(indicator, year), java.util.Set.of()).contains(group)) return null;
        String page = SiteIndex.rankingHref(indicator, year);
        if (group.equals(SiteContext.ALL)) return page;
        return split(indicator, year) ? groupHref(indicator, year, group) : page + "#group=" + group;
    }

    /**
     * The page that shows row {@code row} of table {@code t} (root-relative): the page of the sequence it falls on,
     * or on a one-page indicator the page at the group's tab ({@code #group=…}; the all-towns tab is the default).
     */
    String href(Ranking t, int row) {
        Shown shown = shown(t);
        if (shown.page() != null) return shown.page();
        Placement p = shown.placement();
        return Paging.address(p.first(), Paging.pageOf(p.offset(), Math.max(0, row), budget));
    }

    /** Where a table's rows are shown: one page for every row ({@code page}), or pages by row from {@code placement}. */
    private record Shown(String page, Placement placement) {
    }

    /** Each table's {@link Shown}, made once with the layout: every figure of every town asks for its table's. */
    private final Map<Ranking, Shown> shown = new java.util.IdentityHashMap<>();

    private Shown shown(Ranking table) {
        Shown s = shown.get(table);
        return s != null ? s : shownNow(table);
    }

    private Shown shownNow(Ranking table) {
        Ranking t = shownAs.getOrDefault(keyOf(table), table);
        Placement p = placements.get(keyOf(t));
        if (p == null) return new Shown(SiteIndex.rankingHref(t.indicator(), t.year()), null);
        if (p.tab()) return new Shown(t.group().equals(SiteContext.ALL) ? p.first() : p.first() + "#group=" + t.group(), null);
        return new Shown(null, p);
    }

    /** The page that shows the town's row {@code e} of table {@code t}. */
    String href(Ranking t, RankEntry e) {
        return href(t, indexOf(t, e));
    }

    /**
     * The page of the indicator and year that shows the town's figure: its row in the all-towns table of its value
     * (else of its growth rate), from the town's places in the rankings; the indicator's page when it has none.
     */
    String figureHref(String indicator, int year, List<Map.Entry<Ranking, RankEntry>> places) {
        for (String measure : List.of(SiteContext.VALUE, SiteContext.GROWTH)) {
            for (var e : places) {
                Ranking t = e.getKey();
                if (t.group().equals(SiteContext.ALL) && t.measure().equals(measure) && t.year() == year) return href(t, e.getValue());
            }
        }
        return SiteIndex.rankingHref(indicator, year);
    }

    /** The tables' sizes in order: the sections of their page sequence, for {@link Paging#flow}. */
    static List<Integer> sizes(List<Ranking> tables) {
        return tables.stream().map(t -> t.entries().size()).toList();
    }

    /**
     * Where {@code e} is in the table's rows (-1 when it is not): ranked rows are in rank order, so a ranked town is
     * found by binary search on its rank and then among those tied with it; an unranked one by looking through.
     */
    static int indexOf(Ranking t, RankEntry e) {
        List<RankEntry> rows = t.entries();
        if (e.rank() != null) {
            int lo = 0;
            int hi = rows.size();
            // the first row whose rank is not below e's (unranked rows, rank null, come last)
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                Integer r = rows.get(mid).rank();
                if (r != null && r < e.rank()) lo = mid + 1;
                else hi = mid;
            }
            for (int i = lo; i < rows.size() && e.rank().equals(rows.get(i).rank()); i++) {
                if (rows.get(i).report().equals(e.report())) return i;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).report().equals(e.report())) return i;
        }
        return -1;
    }
}
