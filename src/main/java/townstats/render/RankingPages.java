package townstats.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import townstats.model.Fact;
import townstats.model.ReportFacts;
import townstats.analyze.CompositeIndex;
import townstats.analyze.Correlation;
import townstats.analyze.FactSelector;
import townstats.analyze.RankEntry;
import townstats.analyze.Ranking;
import townstats.chart.ChartImage;
import townstats.util.Hashes;
import townstats.util.Parallel;

/**
 * rankings/index.html, one rankings/ID-YEAR.html per indicator and year (beyond the row budget paged, with a page per
 * peer group: {@link RankingLayout}), and composite.html (paged likewise).
 */
public final class RankingPages {

    public record Row(String rank, String town, String townHref, String reportHref, String value, String raw,
               String percentile, String z, List<String> flags, boolean ranked, String county) {
    }

    /** A peer group in one line on the indicator's page, {@code href} its own page (root-relative). */
    public record GroupRow(String level, String group, String measure, int n, String median, String max, String leader,
                           String leaderHref, String href, String medianRaw, String maxRaw) {
    }

    public record Stats(int n, String mean, String median, String min, String max, String sd) {
    }

    /**
     * {@code groupId}, {@code measureId}, {@code period} (1-11 or ""): the ranking's key in rankings.json, for machines;
     * {@code rows} are the table's rows from row {@code first} (1-based) on, of {@code total}: a long table is paged;
     * {@code sameTowns} the ids of narrower groups with the same towns, whose table this is too (space-separated, or "").
     */
    public record Table(String id, String caption, String group, String measure, String unit, boolean ranked, Stats stats,
                 List<Row> rows, List<Figure> charts, String groupId, String measureId, String period, int first, int total,
                 String sameTowns) {
        public boolean continued() {
            return first > 1;
        }
    }

    /** A chart image beside its table; {@code caption}: year, months, number of towns and source. */
    public record Figure(String src, String alt, String caption) {
    }

    /** The same indicator's page of another year. */
    public record YearLink(int year, String href) {
    }

    /** One peer group of a ranking page: the page shows one at a time. */
    public record GroupTab(String id, String label) {
    }

    /** One row of the correlations table, with its scatter chart when the pair is strong. */
    public record CorrelationRow(int year, String x, String y, int n, String rho, String chart, String chartAlt) {
    }

    public record Cell(int year, int n, String href) {
    }

    public record IndexRow(String indicator, String name, String unit, List<Cell> cells) {
    }

    public record Weight(String name, String weight, String coverage) {
    }

    public record ScoreRow(int rank, String town, String townHref, String reportHref, String score, String raw, List<String> imputed) {
    }

    public record Excluded(String town, String townHref, int available, int required) {
    }

    /**
     * One year of the composite index on one page: {@code rows} and {@code excluded} are the part of the year's lists
     * on that page (paged beyond the row budget), {@code count} the towns of the whole year.
     */
    public record Composite(int year, List<Weight> weights, List<ScoreRow> rows, List<Excluded> excluded, int count,
                            boolean continued, String summary) {
    }

    private final SiteContext ctx;
    private final TreeSet<Integer> years = new TreeSet<>();
    /** indicator → years that get a page. */
    private final Map<String, Set<Integer>> pages = new LinkedHashMap<>();
    /**
     * indicator|year → target figures left out of its rankings; indicator → figures of reports of unknown year; each
     * also per peer group (indicator|year|group, indicator|group): a group's page counts its own towns' only, so that
     * a report elsewhere leaves it as it is.
     */
    private final Map<String, Integer> targetsByPage = new HashMap<>();
    private final Map<String, Integer> yearUnknownByIndicator = new HashMap<>();

    RankingPages(SiteContext ctx, List<ReportFacts> reports) {
        this.ctx = ctx;
        for (String id : ctx.catalog.indicators().keySet()) pages.put(id, new TreeSet<>());
        for (ReportFacts r : reports) {
            Integer y = r.document().year();
            if (y == null) continue;
            years.add(y);
            // a page only where a ranking has figures (an indicator stated only as a target, or in 美元, has none)
            for (Fact f : r.facts()) {
                if (FactSelector.isAchievement(f)) continue;
                targetsByPage.merge(pageKey(f.indicator(), y), 1, Integer::sum);
                for (String g : townstats.analyze.TownIdentity.of(r).groups()) targetsByPage.merge(pageKey(f.indicator(), y) + "|" + g, 1, Integer::sum);
            }
        }
        for (ReportFacts r : reports) {
            if (r.document().year() != null) continue;
            List<String> groups = townstats.analyze.TownIdentity.of(r).groups();
            r.facts().stream().map(Fact::indicator).distinct().forEach(id -> {
                yearUnknownByIndicator.merge(id, 1, Integer::sum);
                for (String g : groups) yearUnknownByIndicator.merge(id + "|" + g, 1, Integer::sum);
            });
        }
        for (Ranking t : ctx.analysis.rankings()) {
            years.add(t.year());
            pages.computeIfAbsent(t.indicator(), k -> new TreeSet<>()).add(t.year());
        }
    }

    void writeAll() throws IOException {
        writeIndex();
        List<Map.Entry<String, Integer>> all = new ArrayList<>();
        pages.forEach((id, ys) -> ys.forEach(y -> all.add(Map.entry(id, y))));
        Parallel.forEach(all, e -> writePage(e.getKey(), e.getValue()));
        writeComposite();
    }

    private void writeIndex() throws IOException {
        List<IndexRow> rows = new ArrayList<>();
        for (var e : pages.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            List<Cell> cells = new ArrayList<>();
            for (int y : years) {
                boolean has = e.getValue().contains(y);
                cells.add(new Cell(y, has ? listedCount(e.getKey(), y) : 0, has ? SiteIndex.rankingHref(e.getKey(), y) : null));
            }
            rows.add(new IndexRow(e.getKey(), ctx.indicatorName(e.getKey()), ctx.indicatorUnit(e.getKey()), cells));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("years", List.copyOf(years));
        m.put("rows", rows);
        ctx.page("rankings/index.html", "rankings.ftlh", ctx.msg.get("rankings.title"),
                List.of(ctx.home(), new SiteContext.Crumb(ctx.msg.get("nav.rankings"), null)), m);
    }

    private static String pageKey(String indicator, int year) {
        return indicator + "|" + year;
    }

    /**
     * The towns the page lists: every town of its all-towns tables (the year's, each part of the year's, the growth
     * rates), ranked or not, each once: what a reader counts on the page (and its next pages).
     */
    private int listedCount(String indicator, int year) {
        java.util.Set<String> towns = new java.util.HashSet<>();
        for (Ranking t : ctx.rankingLayout.tables(indicator, year)) {
            if (t.group().equals(SiteContext.ALL)) t.entries().forEach(e -> towns.add(e.report()));
        }
        return towns.size();
    }

    private void writePage(String indicator, int year) throws IOException {
        String path = SiteIndex.rankingHref(indicator, year);
        RankingLayout layout = ctx.rankingLayout;
        List<Ranking> tables = layout.tables(indicator, year);
        String name = ctx.indicatorName(indicator);
        Map<String, Object> common = new HashMap<>();
        common.put("indicator", indicator);
        common.put("name", name);
        // money is in 亿元 or 万元 figure by figure: no one unit for the page
        common.put("unit", "万元".equals(ctx.indicatorUnit(indicator)) ? "" : ctx.indicatorUnit(indicator));
        common.put("year", year);
        common.put("targetsExcluded", targetsByPage.getOrDefault(pageKey(indicator, year), 0));
        common.put("yearUnknown", yearUnknownByIndicator.getOrDefault(indicator, 0));
        List<Integer> allYears = List.copyOf(pages.getOrDefault(indicator, Set.of()));
        common.put("otherYears", allYears.stream().filter(y -> y != year)
                .map(y -> new YearLink(y, SiteIndex.rankingHref(indicator, y))).toList());
        String title = name + " · " + year + "年" + ctx.msg.get("ranking.suffix");
        SiteContext.Crumb rankingsCrumb = new SiteContext.Crumb(ctx.msg.get("nav.rankings"), "rankings/index.html");
        // the table ids (t1, t2 ...) and so the chart files follow the one order of the tables, whichever page shows them;
        // with a page per group, each group's tables are numbered on their own (t1 … on each group's page), so that a
        // table added or gone in one group does not renumber every later group's page
        Map<Ranking, String> ids = new java.util.IdentityHashMap<>();
        Map<Ranking, List<Figure>> charts = new java.util.IdentityHashMap<>();
        boolean apart = layout.split(indicator, year);
        Map<String, Integer> numbered = new HashMap<>();
        for (Ranking t : tables) {
            String sequence = apart && !t.group().equals(SiteContext.ALL) ? t.group() : SiteContext.ALL;
            String id = "t" + numbered.merge(sequence, 1, Integer::sum);
            ids.put(t, id);
            charts.put(t, charts(t, year, path, id));
        }
        if (!layout.split(indicator, year)) {
            // a county's or a city's site: every peer group's tables on this page, one group at a time (tabs)
            List<Shown> shown = new ArrayList<>();
            for (Ranking t : tables) shown.add(new Shown(t, ids.get(t), charts.get(t), 0, t.entries().size()));
            List<GroupTab> tabs = new ArrayList<>();
            for (Ranking t : tables) {
                if (tabs.stream().noneMatch(g -> g.id().equals(t.group()))) tabs.add(new GroupTab(t.group(), groupLabel(t.group(), layout.sameTowns(t))));
            }
            Map<String, Object> m = new HashMap<>(common);
            m.put("groupTabs", tabs.size() > 1 ? tabs : List.of());
            m.put("groups", List.of());
            write(path, title, List.of(ctx.home(), rankingsCrumb, new SiteContext.Crumb(name + " · " + year + "年", null)), m, shown, name, year);
            return;
        }
        // beyond the row budget: the all-towns tables and one line per peer group here, each group's tables on its own page
        List<Ranking> all = tables.stream().filter(t -> t.group().equals(SiteContext.ALL)).toList();
        Map<String, List<Ranking>> byGroup = new LinkedHashMap<>();
        tables.stream().filter(t -> !t.group().equals(SiteContext.ALL))
                // provinces, then cities, then counties; within a level in code order
                .sorted(Comparator.comparingInt((Ranking t) -> SiteContext.width(t.group())))
                .forEach(t -> byGroup.computeIfAbsent(t.group(), k -> new ArrayList<>()).add(t));
        List<GroupRow> lines = new ArrayList<>();
        byGroup.forEach((group, ts) -> lines.add(groupRow(ts.get(0), RankingLayout.groupHref(indicator, year, group))));
        List<Integer> sizes = new ArrayList<>(RankingLayout.sizes(all));
        sizes.add(lines.size());
        int budget = layout.budget();
        List<Paging.Page> sequence = Paging.flow(sizes, budget);
        int total = sizes.stream().mapToInt(Integer::intValue).sum();
        // the groups' lines come after the all-towns tables: the page they start on, for the link at the top
        String groupsHref = lines.isEmpty() ? null : sequence.stream().filter(p -> p.of(all.size()) != null).findFirst()
                .map(p -> Paging.fileName(Paging.address(path, p.number())) + "#groups").orElse(null);
        for (Paging.Page page : sequence) {
            Map<String, Object> m = new HashMap<>(common);
            m.put("groupTabs", List.of());
            m.put("groups", Paging.rowsOn(lines, page, all.size()));
            m.put("groupsHref", groupsHref);
            m.put("pager", Paging.pager(path, page, budget, total));
            String address = Paging.address(path, page.number());
            write(address, page.number() == 1 ? title : title + " · " + ctx.pageLabel(page),
                    List.of(ctx.home(), rankingsCrumb, new SiteContext.Crumb(name + " · " + year + "年", page.number() == 1 ? null : path)), m,
                    shown(all, page, ids, charts), name, year);
        }
        for (var e : byGroup.entrySet()) {
            String first = RankingLayout.groupHref(indicator, year, e.getKey());
            List<Ranking> ts = e.getValue();
            String group = ctx.groupLabel(e.getKey());
            List<Integer> groupSizes = RankingLayout.sizes(ts);
            int groupTotal = groupSizes.stream().mapToInt(Integer::intValue).sum();
            for (Paging.Page page : Paging.flow(groupSizes, budget)) {
                Map<String, Object> m = new HashMap<>(common);
                m.put("groupTabs", List.of());
                m.put("groups", List.of());
                m.put("groupName", group);
                m.put("targetsExcluded", targetsByPage.getOrDefault(pageKey(indicator, year) + "|" + e.getKey(), 0));
                m.put("yearUnknown", yearUnknownByIndicator.getOrDefault(indicator + "|" + e.getKey(), 0));
                // the same group in the other years, where it has figures
                m.put("otherYears", allYears.stream().filter(y -> y != year && layout.groupPage(indicator, y, e.getKey()) != null)
                        .map(y -> new YearLink(y, layout.groupPage(indicator, y, e.getKey()))).toList());
                m.put("indicatorHref", path);
                m.put("pager", Paging.pager(first, page, budget, groupTotal));
                String groupTitle = name + " · " + year + "年 · " + group + ctx.msg.get("ranking.suffix");
                write(Paging.address(first, page.number()), page.number() == 1 ? groupTitle : groupTitle + " · " + ctx.pageLabel(page),
                        List.of(ctx.home(), rankingsCrumb, new SiteContext.Crumb(name + " · " + year + "年", path),
                                new SiteContext.Crumb(group, null)), m, shown(ts, page, ids, charts), name, year);
            }
        }
    }

    /** Rows {@code from} to {@code to} (exclusive) of a table, as one page shows them. */
    private record Shown(Ranking table, String id, List<Figure> charts, int from, int to) {
    }

    /** The tables of a page sequence that fall on {@code page}, each with the rows that do. */
    private static List<Shown> shown(List<Ranking> tables, Paging.Page page, Map<Ranking, String> ids, Map<Ranking, List<Figure>> charts) {
        List<Shown> shown = new ArrayList<>();
        for (int s = 0; s < tables.size(); s++) {
            Paging.Slice slice = page.of(s);
            Ranking t = tables.get(s);
            if (slice != null) shown.add(new Shown(t, ids.get(t), charts.get(t), slice.from(), slice.to()));
        }
        return shown;
    }

    /**
     * Keys before models: the page's inputs are its title, crumbs, the rest of its model and what its tables show (the
     * rankings themselves, their towns' links and counties, their charts); the tables' rows are built only when the
     * page must be rendered.
     */
    private void write(String path, String title, List<SiteContext.Crumb> crumbs, Map<String, Object> m, List<Shown> shown,
                       String name, int year) throws IOException {
        List<String> parts = new ArrayList<>(List.of(title, crumbs.toString(), new java.util.TreeMap<>(m).toString()));
        for (Shown s : shown) {
            parts.add(s.id() + "|" + s.from() + "|" + s.to() + "|" + s.charts() + "|"
                    + shows.computeIfAbsent(s.table().fingerprint(), k -> Hashes.of(shows(s.table()))));
        }
        String inputs = Hashes.of(parts.toArray(String[]::new));
        if (ctx.reuse(path, inputs)) return;
        List<Table> views = new ArrayList<>();
        for (Shown s : shown) views.add(table(s.table(), name, year, s.id(), s.charts(), s.from(), s.to()));
        Map<String, Object> model = new HashMap<>(m);
        model.put("tables", views);
        ctx.page(path, "ranking.ftlh", title, crumbs, model, inputs);
    }

    /**
     * A ranking's fingerprint → the hash of {@link #shows}, made once: a table paged over N pages is part of each one's
     * key (the same fingerprint is the same table, its towns' links and group included).
     */
    private final Map<String, String> shows = new java.util.concurrent.ConcurrentHashMap<>();

    /** What {@link #table} shows of a ranking besides the ranking itself: each town's links and county, the group's name. */
    private String shows(Ranking t) {
        StringBuilder sb = new StringBuilder(t.fingerprint());
        for (RankEntry r : t.entries()) {
            SiteIndex.Town town = ctx.index.town(r.report());
            sb.append('|').append(ctx.index.townHref(r.report())).append(' ')
                    .append(ctx.index.report(r.report()) == null ? null : ctx.index.reportHref(r.report()))
                    .append(' ').append(town == null ? null : town.county());
        }
        List<String> also = ctx.rankingLayout.sameTowns(t);
        return sb.append('|').append(groupLabel(t.group(), also)).append('|').append(also).toString();
    }

    /** Writes the table's chart images (rankings/gdp-2022-t1.png …) once; their addresses are root-relative. */
    private List<Figure> charts(Ranking t, int year, String path, String id) throws IOException {
        List<Figure> charts = new ArrayList<>();
        List<ChartImage> images = ctx.charts.of(t);
        for (int c = 0; c < images.size(); c++) {
            String src = path.replace(".html", "") + "-" + id + (c == 0 ? "" : "-" + (c + 1)) + ".png";
            ctx.out.write(src, images.get(c).png());
            charts.add(new Figure(src, images.get(c).altText(), ctx.msg.get(ctx.stock(t.indicator()) ? "chart.captionStock" : "chart.caption")
                    .replace("{0}", String.valueOf(year)).replace("{1}", months(t)).replace("{2}", String.valueOf(t.n()))));
        }
        return charts;
    }

    /**
     * The months a table's figures cover, for its charts' captions: 全年, 1—11月, or for growth rates of several
     * periods (all year-on-year) 各镇报告期（均与上年同期比）.
     */
    private String months(Ranking t) {
        if (t.period() != null) return t.period().label();
        boolean partial = t.entries().stream().anyMatch(e -> e.flags().stream().anyMatch(f -> f.startsWith(townstats.analyze.Flags.PARTIAL)));
        return ctx.msg.get(partial ? "chart.periodMixed" : "town.fullYear");
    }

    /** A figure of the table as a reader expects it: money in its unit per figure (亿元 from 1亿 on), else the number. */
    private String figure(double value, String unit, boolean money) {
        return money ? SiteContext.amountText(value, unit) : SiteContext.num(value);
    }

    /** Rows {@code from} to {@code to} (exclusive) of the table; its charts with its first rows. */
    private Table table(Ranking t, String name, int year, String id, List<Figure> charts, int from, int to) {
        boolean growth = t.measure().equals(SiteContext.GROWTH);
        String unit = growth ? "%" : ctx.indicatorUnit(t.indicator());
        // money is shown per figure in 亿元 or 万元 (as on the cards), so the unit is in each cell, not the heading
        boolean money = !growth && "万元".equals(unit);
        List<Row> rows = new ArrayList<>();
        for (RankEntry r : t.entries().subList(from, to)) {
            rows.add(new Row(r.rank() == null ? null : r.rank().toString(), r.town(), ctx.index.townHref(r.report()),
                    ctx.index.report(r.report()) == null ? null : ctx.index.reportHref(r.report()),
                    figure(r.value(), unit, money), SiteContext.raw(r.value()), SiteContext.percentile(r.percentile()),
                    r.z() == null ? null : String.format("%.2f", r.z()), ctx.flagLabels(r.flags()), r.rank() != null,
                    ctx.index.town(r.report()) == null ? null : ctx.index.town(r.report()).county()));
        }
        townstats.analyze.Stats s = t.stats();
        Stats stats = s == null ? null : new Stats(s.n(), figure(s.mean(), unit, money), figure(s.median(), unit, money),
                figure(s.min(), unit, money), figure(s.max(), unit, money), s.sd() == null ? null : figure(s.sd(), unit, money));
        List<String> also = ctx.rankingLayout.sameTowns(t);
        String group = groupLabel(t.group(), also) + (t.period() == null ? "" : " · " + t.period().label());
        if (money) unit = "";
        String caption = name + "（" + ctx.measureLabel(t.measure()) + (unit.isEmpty() ? "" : "，" + unit) + "）· " + year + "年 · " + group;
        return new Table(id, caption, group, ctx.measureLabel(t.measure()), unit, t.ranked(), stats, rows,
                from == 0 ? charts : List.of(), t.group(), t.measure(), SiteContext.periodId(t.period()), from + 1,
                t.entries().size(), String.join(" ", also));
    }

    /** 洛阳市、栾川县: a group named with the narrower groups that hold the same towns (their table is this one). */
    private String groupLabel(String group, List<String> sameTowns) {
        StringBuilder label = new StringBuilder(ctx.groupLabel(group));
        for (String g : sameTowns) label.append("、").append(ctx.groupLabel(g));
        return label.toString();
    }

    private GroupRow groupRow(Ranking t, String href) {
        RankEntry first = t.entries().isEmpty() ? null : t.entries().get(0);
        boolean leads = first != null && first.rank() != null;
        String level = level(t.group());
        boolean money = t.measure().equals(SiteContext.VALUE) && "万元".equals(ctx.indicatorUnit(t.indicator()));
        String unit = ctx.indicatorUnit(t.indicator());
        return new GroupRow(ctx.msg.getOrDefault("group.level." + level, level), ctx.groupName(t), ctx.measureLabel(t.measure()),
                t.entries().size(), t.stats() == null ? null : figure(t.stats().median(), unit, money),
                t.stats() == null ? null : figure(t.stats().max(), unit, money), leads ? first.town() : null,
                leads ? ctx.index.townHref(first.report()) : null, href,
                t.stats() == null ? "" : SiteContext.raw(t.stats().median()), t.stats() == null ? "" : SiteContext.raw(t.stats().max()));
    }

    /** province:41 → province */
    static String level(String group) {
        int colon = group.indexOf(':');
        return colon < 0 ? group : group.substring(0, colon);
    }

    private void writeComposite() throws IOException {
        List<Composite> views = new ArrayList<>();
        for (CompositeIndex c : ctx.analysis.compositeIndex()) {
            List<Weight> weights = new ArrayList<>();
            // the weights in the order the index used its indicators
            for (String id : c.indicators()) {
                Double w = c.weights().get(id);
                weights.add(new Weight(ctx.indicatorName(id), String.format("%.1f%%", w * 100),
                        c.coverage().get(id) == null ? null : String.format("%.0f%%", c.coverage().get(id) * 100)));
            }
            List<ScoreRow> rows = new ArrayList<>();
            for (CompositeIndex.Entry r : c.entries()) {
                rows.add(new ScoreRow(r.rank(), r.town(), ctx.index.townHref(r.report()),
                        ctx.index.report(r.report()) == null ? null : ctx.index.reportHref(r.report()),
                        String.format("%.3f", r.closeness()), SiteContext.raw(r.closeness()),
                        r.imputed().stream().map(ctx::indicatorName).toList()));
            }
            List<Excluded> excluded = new ArrayList<>();
            for (CompositeIndex.Insufficient x : c.insufficient()) {
                excluded.add(new Excluded(x.town(), ctx.index.townHref(x.report()), x.available(), x.required()));
            }
            // the count every page says: the scored towns (a profile's 综合发展指数第6（50个乡镇参与计算）)
            String summary = ctx.msg.get("composite.count").replace("{0}", String.valueOf(c.year())).replace("{1}", String.valueOf(rows.size()))
                    .replace("{2}", String.valueOf(c.towns())).replace("{3}", String.valueOf(excluded.size()));
            views.add(new Composite(c.year(), weights, rows, excluded, rows.size(), false, summary));
        }
        views.sort(Comparator.comparingInt(Composite::year).reversed());
        // every year's scores, then the towns it left out, flow through the pages: the pager counts towns only
        List<Integer> sizes = new ArrayList<>();
        for (Composite c : views) {
            sizes.add(c.rows().size());
            sizes.add(c.excluded().size());
        }
        int budget = ctx.rankingLayout.budget();
        int total = sizes.stream().mapToInt(Integer::intValue).sum();
        boolean correlations = !ctx.analysis.correlations().isEmpty();
        for (Paging.Page page : Paging.flow(sizes, budget)) {
            List<Composite> here = new ArrayList<>();
            for (int y = 0; y < views.size(); y++) {
                Paging.Slice scores = page.of(2 * y);
                Paging.Slice left = page.of(2 * y + 1);
                if (scores == null && left == null) continue;
                Composite c = views.get(y);
                boolean continued = scores == null || scores.from() > 0;
                here.add(new Composite(c.year(), continued ? List.of() : c.weights(),
                        scores == null ? List.of() : c.rows().subList(scores.from(), scores.to()),
                        left == null ? List.of() : c.excluded().subList(left.from(), left.to()), c.count(), continued, c.summary()));
            }
            Map<String, Object> m = new HashMap<>();
            m.put("years", here);
            m.put("hasComposite", !views.isEmpty());
            m.put("method", townstats.analyze.Methodology.compositeRule(ctx.catalog));
            m.put("correlationsHref", correlations ? "correlations.html" : null);
            m.put("pager", Paging.pager("composite.html", page, budget, total));
            ctx.page(Paging.address("composite.html", page.number()), "composite.ftlh",
                    ctx.msg.get("composite.title") + (page.number() == 1 ? "" : " · " + ctx.pageLabel(page)),
                    List.of(ctx.home(), new SiteContext.Crumb(ctx.msg.get("nav.composite"), null)), m);
        }
        if (correlations) writeCorrelations();
    }

    /**
     * correlations.html: pairs of indicators × years (bounded by the catalogue, yet ~1,500 rows over five years), strongest
     * first, paged on their own so that the composite index's pager counts towns; a strong pair's scatter beside its row.
     */
    private void writeCorrelations() throws IOException {
        List<CorrelationRow> rows = new ArrayList<>();
        int n = 0;
        List<Correlation> strongest = ctx.analysis.correlations().stream()
                .sorted(Comparator.comparingDouble((Correlation c) -> -Math.abs(c.rho()))).toList();
        for (Correlation c : strongest) {
            ChartImage scatter = ctx.charts.of(c);
            String chart = null;
            if (scatter != null) {
                chart = "correlation-" + (++n) + ".png";
                ctx.out.write(chart, scatter.png());
            }
            rows.add(new CorrelationRow(c.year(), ctx.indicatorName(c.x()), ctx.indicatorName(c.y()), c.n(),
                    String.format("%.2f", c.rho()), chart, scatter == null ? null : scatter.altText()));
        }
        ctx.pagedList("correlations.html", "correlations.ftlh", ctx.msg.get("correlations.page"),
                List.of(ctx.home(), new SiteContext.Crumb(ctx.msg.get("nav.composite"), "composite.html"),
                        new SiteContext.Crumb(ctx.msg.get("correlations.page"), null)), Map.of(), "correlations", rows);
    }

    /** Indicator ids with at least one page, for the search index. */
    Map<String, Integer> latestYear() {
        Map<String, Integer> out = new LinkedHashMap<>();
        pages.forEach((id, ys) -> {
            if (!ys.isEmpty()) out.put(id, ((TreeSet<Integer>) ys).last());
        });
        return out;
    }

}
